<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Import</name>
    <message>
        <source>%1 ends with an incomplete message, which was not imported</source>
        <translation>%1 מסתיים בהודעה חלקית, שלא יובאה</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 אינו קיים</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>תיקיות מקומיות</translation>
    </message>
    <message>
        <source>%1 holds no Maildir folder and no mbox file</source>
        <translation>%1 אינו מכיל תיקיית Maildir או קובץ mbox</translation>
    </message>
    <message>
        <source>%1 is not an mbox file</source>
        <translation>%1 אינו קובץ mbox</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>הייבוא בוטל</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing to search for: type a word or an operator such as from:</source>
        <translation>אין מה לחפש: יש להקליד מילה או אופרטור כגון from:</translation>
    </message>
    <message>
        <source>The search has too many nested parentheses</source>
        <translation>בחיפוש יש יותר מדי סוגריים מקוננים</translation>
    </message>
    <message>
        <source>%1: needs a date like 2024-01-31, not “%2”</source>
        <translation>%1: נדרש תאריך כגון 2024-01-31, ולא ״%2״</translation>
    </message>
    <message>
        <source>has: takes “attachment”, not “%1”</source>
        <translation>has: מקבל רק ״attachment״, ולא ״%1״</translation>
    </message>
    <message>
        <source>is: takes unread, read, starred, answered or draft, not “%1”</source>
        <translation>is: מקבל את הערכים unread, read, starred, answered או draft, ולא ״%1״</translation>
    </message>
    <message>
        <source>%1: needs a folder name</source>
        <translation>%1: נדרש שם תיקייה</translation>
    </message>
    <message>
        <source>The search is too long (at most 4096 characters)</source>
        <translation>החיפוש ארוך מדי (עד 4096 תווים)</translation>
    </message>
    <message>
        <source>The search could not be run</source>
        <translation>לא ניתן היה להריץ את החיפוש</translation>
    </message>
    <message>
        <source>The search could not be understood</source>
        <translation>לא ניתן היה לפענח את החיפוש</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>No mail store at %1</source>
        <translation>אין מאגר דואר ב־%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mail store</source>
        <translation>%1 הוא תיקייה ולא מאגר דואר</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>לא ניתן ליצור את התיקייה %1</translation>
    </message>
    <message>
        <source>The mail store %1 is read-only</source>
        <translation>מאגר הדואר %1 מוגדר לקריאה בלבד</translation>
    </message>
    <message>
        <source>The folder of the mail store %1 is read-only</source>
        <translation>התיקייה של מאגר הדואר %1 מוגדרת לקריאה בלבד</translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store (not an SQLite database)</source>
        <translation>%1 אינו מאגר דואר של Email Manager (אינו מסד נתונים של SQLite)</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed</source>
        <translation>הדיסק שבו נמצא %1 מלא; לא בוצע שום שינוי</translation>
    </message>
    <message>
        <source>The mail store %1 is busy in another program</source>
        <translation>מאגר הדואר %1 תפוס על ידי תוכנה אחרת</translation>
    </message>
    <message>
        <source>The mail store %1 is damaged</source>
        <translation>מאגר הדואר %1 פגום</translation>
    </message>
    <message>
        <source>Cannot open the mail store %1</source>
        <translation>לא ניתן לפתוח את מאגר הדואר %1</translation>
    </message>
    <message>
        <source>The mail store %1 reported an error (code %2)</source>
        <translation>מאגר הדואר %1 דיווח על שגיאה (קוד %2)</translation>
    </message>
    <message>
        <source>The account could not be stored</source>
        <translation>לא ניתן היה לשמור את החשבון</translation>
    </message>
    <message>
        <source>The folder could not be stored</source>
        <translation>לא ניתן היה לשמור את התיקייה</translation>
    </message>
    <message>
        <source>The mail store is damaged: %1</source>
        <translation>מאגר הדואר פגום: %1</translation>
    </message>
    <message>
        <source>The search index is out of step with the messages</source>
        <translation>אינדקס החיפוש אינו מסונכרן עם ההודעות</translation>
    </message>
    <message>
        <source>The mail store %1 was written by a newer Email Manager</source>
        <translation>מאגר הדואר %1 נכתב על ידי גרסה חדשה יותר של Email Manager</translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store</source>
        <translation>%1 אינו מאגר דואר של Email Manager</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program</source>
        <translation>%1 הוא מסד נתונים של SQLite השייך לתוכנה אחרת</translation>
    </message>
    <message>
        <source>Cannot create the mail store %1: %2</source>
        <translation>לא ניתן ליצור את מאגר הדואר %1: %2</translation>
    </message>
    <message>
        <source>The stored copy of this message is damaged</source>
        <translation>העותק השמור של הודעה זו פגום</translation>
    </message>
</context>
<context>
    <name>em::ui::MainWindow</name>
    <message>
        <source>Email Manager</source>
        <translation>Email Manager</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>אין עדיין חשבון</translation>
    </message>
    <message>
        <source>Connect a Gmail or Outlook account, or import mail with File ▸ Import.</source>
        <translation>יש לחבר חשבון Gmail או Outlook, או לייבא דואר דרך קובץ ◂ ייבוא דואר.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Import mail…</source>
        <translation>&amp;ייבוא דואר…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;הודעה</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;כתיבה</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;השב</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>השב לכו&amp;לם</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ה&amp;עבר</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>הג&amp;דרות</translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation>הגדרות &amp;דואר…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Email Manager</source>
        <translation>&amp;על אודות Email Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>על אודות &amp;Qt</translation>
    </message>
    <message>
        <source>About Email Manager</source>
        <translation>על אודות Email Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Email Manager %1&lt;/h3&gt;&lt;p&gt;A desktop mail client for Gmail and Outlook.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Email Manager %1&lt;/h3&gt;&lt;p&gt;לקוח דואר לשולחן העבודה עבור Gmail ו־Outlook.&lt;/p&gt;&lt;p&gt;מופץ ברישיון הציבורי הכללי של GNU, גרסה 3 ואילך.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import mbox files</source>
        <translation>ייבוא קובצי mbox</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>ייבוא תיקיית Maildir</translation>
    </message>
    <message>
        <source>Importing: %1 messages read…</source>
        <translation>מייבא: נקראו %1 הודעות…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>Imported %1 messages (%2 already there, %3 kept but not fully readable)</source>
        <translation>יובאו %1 הודעות (%2 כבר היו קיימות, %3 נשמרו אך לא ניתן לקרוא אותן במלואן)</translation>
    </message>
</context>
<context>
    <name>emailctl</name>
    <message>
        <source>The mail store file (default: %1).</source>
        <translation>קובץ מאגר הדואר (ברירת מחדל: %1).</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>יש לנסות &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>mbox files or Maildir folders</source>
        <translation>קובצי mbox או תיקיות Maildir</translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders into Local Folders. Importing the same mail twice adds nothing.</source>
        <translation>ייבוא קובצי mbox ותיקיות Maildir אל ״תיקיות מקומיות״. ייבוא של אותו דואר פעמיים אינו מוסיף דבר.</translation>
    </message>
    <message>
        <source>name at least one PATH</source>
        <translation>יש לציין לפחות PATH אחד</translation>
    </message>
    <message>
        <source>%1 messages read…</source>
        <translation>נקראו %1 הודעות…</translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, unparseable: %3</source>
        <translation>יובאו: %1, כפולות: %2, לא ניתנות לפענוח: %3</translation>
    </message>
    <message>
        <source>, truncated: %1</source>
        <translation>, קטועות: %1</translation>
    </message>
    <message>
        <source>, unreadable: %1</source>
        <translation>, לא קריאות: %1</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>החיפוש</translation>
    </message>
    <message>
        <source>At most N results (50).</source>
        <translation>לכל היותר N תוצאות (50).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>פלט בפורמט JSON.</translation>
    </message>
    <message>
        <source>Search the mail store, newest first. Words match by prefix; &quot;quoted phrases&quot;; from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER before:YYYY-MM-DD after:YYYY-MM-DD OR, and - to negate.</source>
        <translation>חיפוש במאגר הדואר, מהחדש לישן. מילים מותאמות לפי תחילית; &quot;ביטויים במירכאות&quot;; from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER before:YYYY-MM-DD after:YYYY-MM-DD OR, ו־- לשלילה.</translation>
    </message>
    <message>
        <source>give a QUERY</source>
        <translation>יש לציין QUERY</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit מקבל מספר חיובי</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>אין הודעות תואמות.</translation>
    </message>
    <message>
        <source>an RFC 822 message (.eml)</source>
        <translation>הודעת RFC 822 (.eml)</translation>
    </message>
    <message>
        <source>Show the parsed structure of one message.</source>
        <translation>הצגת המבנה המפוענח של הודעה אחת.</translation>
    </message>
    <message>
        <source>name exactly one FILE</source>
        <translation>יש לציין FILE אחד בדיוק</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>The MIME structure could not be read in full.</source>
        <translation>לא ניתן היה לקרוא את מבנה ה־MIME במלואו.</translation>
    </message>
    <message>
        <source>Count messages per account and folder.</source>
        <translation>ספירת ההודעות לפי חשבון ותיקייה.</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>אינו מקבל ארגומנטים</translation>
    </message>
    <message>
        <source>Store: %1 bytes</source>
        <translation>מאגר: %1 בתים</translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders</source>
        <translation>ייבוא קובצי mbox ותיקיות Maildir</translation>
    </message>
    <message>
        <source>Search the mail store</source>
        <translation>חיפוש במאגר הדואר</translation>
    </message>
    <message>
        <source>Show the parsed structure of a message file</source>
        <translation>הצגת המבנה המפוענח של קובץ הודעה</translation>
    </message>
    <message>
        <source>Count messages per account and folder</source>
        <translation>ספירת ההודעות לפי חשבון ותיקייה</translation>
    </message>
    <message>
        <source>Usage: emailctl [--store FILE] COMMAND [options]

Commands:
</source>
        <translation>שימוש: emailctl [--store FILE] COMMAND [options]

פקודות:
</translation>
    </message>
    <message>
        <source>
Run &apos;emailctl COMMAND --help&apos; for the options of a command.
</source>
        <translation>
להצגת האפשרויות של פקודה יש להריץ &apos;emailctl COMMAND --help&apos;.
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>אפשרות לא ידועה %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>פקודה לא ידועה &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מאת</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>עותק</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>השב אל</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>מזהה הודעה</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>בתגובה ל</translation>
    </message>
    <message>
        <source>References</source>
        <translation>הפניות</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 תווים</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>קובץ מצורף</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 בתים</translation>
    </message>
    <message>
        <source>  inline</source>
        <translation>  מוטמע</translation>
    </message>
    <message>
        <source>%1 (%2): %3 messages, %4 unread</source>
        <translation>%1 (%2): %3 הודעות, %4 שלא נקראו</translation>
    </message>
</context>
</TS>
