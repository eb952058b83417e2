<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Actions</name>
    <message>
        <source>The messages no longer exist on the server</source>
        <translation>ההודעות כבר אינן קיימות בשרת</translation>
    </message>
    <message>
        <source>This account has no folder %1</source>
        <translation>בחשבון זה אין תיקייה %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>ארכיון</translation>
    </message>
    <message>
        <source>Labels are not available here: this account has folders</source>
        <translation>תוויות אינן זמינות כאן: בחשבון זה יש תיקיות</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>אשפה</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>דואר נכנס</translation>
    </message>
    <message>
        <source>No message was named</source>
        <translation>לא צוינה אף הודעה</translation>
    </message>
    <message>
        <source>This action cannot be read</source>
        <translation>לא ניתן לקרוא פעולה זו</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>what the user did that Gmail refused, and Gmail&apos;s reason
----------
what the user did that the server refused, and the server&apos;s reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark as read (%n)</source>
        <translation>
            <numerusform>סימון כנקרא (%n)</numerusform>
            <numerusform>סימון כנקרא (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark as unread (%n)</source>
        <translation>
            <numerusform>סימון כלא נקרא (%n)</numerusform>
            <numerusform>סימון כלא נקרא (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star (%n)</source>
        <translation>
            <numerusform>סימון בכוכב (%n)</numerusform>
            <numerusform>סימון בכוכב (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the star (%n)</source>
        <translation>
            <numerusform>הסרת הכוכב (%n)</numerusform>
            <numerusform>הסרת הכוכב (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive (%n)</source>
        <translation>
            <numerusform>העברה לארכיון (%n)</numerusform>
            <numerusform>העברה לארכיון (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to %1 (%n)</source>
        <translation>
            <numerusform>העברה אל %1 (%n)</numerusform>
            <numerusform>העברה אל %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the label %1 (%n)</source>
        <translation>
            <numerusform>הוספת התווית %1 (%n)</numerusform>
            <numerusform>הוספת התווית %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the label %1 (%n)</source>
        <translation>
            <numerusform>הסרת התווית %1 (%n)</numerusform>
            <numerusform>הסרת התווית %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to Trash (%n)</source>
        <translation>
            <numerusform>העברה לאשפה (%n)</numerusform>
            <numerusform>העברה לאשפה (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take out of Trash (%n)</source>
        <translation>
            <numerusform>הוצאה מהאשפה (%n)</numerusform>
            <numerusform>הוצאה מהאשפה (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good (%n)</source>
        <translation>
            <numerusform>מחיקה לצמיתות (%n)</numerusform>
            <numerusform>מחיקה לצמיתות (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>These messages are no longer here</source>
        <translation>הודעות אלה כבר אינן כאן</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of their own account</source>
        <translation>ניתן להעביר הודעות רק בין תיקיות של החשבון שלהן</translation>
    </message>
</context>
<context>
    <name>Gmail</name>
    <message>
        <source>Gmail answered with HTTP status %1</source>
        <translation>Gmail השיב בקוד מצב HTTP %1</translation>
    </message>
    <message>
        <source>Gmail could not be reached</source>
        <translation>לא ניתן היה ליצור קשר עם Gmail</translation>
    </message>
    <message>
        <source>Gmail left a batched call unanswered</source>
        <translation>Gmail לא השיב לאחת הקריאות שבאצווה</translation>
    </message>
    <message>
        <source>This message no longer exists in Gmail</source>
        <translation>הודעה זו כבר אינה קיימת ב־Gmail</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Microsoft Graph sent a batch answer that is not JSON.</source>
        <translation>Microsoft Graph שלח תשובת אצווה שאינה JSON.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a batch answer without a list of responses.</source>
        <translation>Microsoft Graph שלח תשובת אצווה ללא רשימת תשובות.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1</source>
        <translation>Microsoft Graph השיב בקוד מצב HTTP %1</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached</source>
        <translation>לא ניתן היה ליצור קשר עם Microsoft Graph</translation>
    </message>
    <message>
        <source>Graph sent a link elsewhere</source>
        <translation>Graph שלח קישור ליעד אחר</translation>
    </message>
    <message>
        <source>The stored delta link is not Graph&apos;s</source>
        <translation>קישור השינויים השמור אינו של Graph</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that is not a JSON object.</source>
        <translation>Microsoft Graph שלח תשובה שאינה אובייקט JSON.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer without the field &quot;%1&quot;.</source>
        <translation>Microsoft Graph שלח תשובה ללא השדה „%1”.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a page of changes without a link to the next page or the next sync.</source>
        <translation>Microsoft Graph שלח דף שינויים ללא קישור לדף הבא או לסנכרון הבא.</translation>
    </message>
    <message>
        <source>This mailbox has no such folder</source>
        <translation>אין תיקייה כזו בתיבת דואר זו</translation>
    </message>
    <message>
        <source>Outlook has folders, not labels</source>
        <translation>ב־Outlook יש תיקיות, לא תוויות</translation>
    </message>
    <message>
        <source>The folder no longer exists</source>
        <translation>התיקייה כבר אינה קיימת</translation>
    </message>
    <message>
        <source>This message no longer exists in Outlook</source>
        <translation>הודעה זו כבר אינה קיימת ב־Outlook</translation>
    </message>
</context>
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
    <name>Preferences</name>
    <message>
        <source>The setting applies until Email Manager quits, but it could not be saved in %1.</source>
        <translation>ההגדרה תחול עד לסגירת Email Manager, אך לא ניתן היה לשמור אותה ב־%1.</translation>
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
    <message>
        <source>The account no longer exists</source>
        <translation>החשבון כבר אינו קיים</translation>
    </message>
    <message>
        <source>The message is no longer in the mail store</source>
        <translation>ההודעה כבר אינה נמצאת במאגר הדואר</translation>
    </message>
    <message>
        <source>That folder is no longer here</source>
        <translation>תיקייה זו כבר אינה כאן</translation>
    </message>
    <message>
        <source>That account is no longer here</source>
        <translation>חשבון זה כבר אינו כאן</translation>
    </message>
    <message>
        <source>This message is no longer in the mail store</source>
        <translation>הודעה זו כבר אינה נמצאת במאגר הדואר</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Accounts of %1 cannot sync</source>
        <translation>לא ניתן לסנכרן חשבונות של %1</translation>
    </message>
    <message>
        <source>The provider&apos;s settings are not loaded</source>
        <translation>הגדרות הספק לא נטענו</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>שולח את השינויים שלך</translation>
    </message>
    <message>
        <source>Updating folders</source>
        <translation>מעדכן תיקיות</translation>
    </message>
    <message>
        <source>Fetching the newest mail</source>
        <translation>מביא את הדואר החדש ביותר</translation>
    </message>
    <message>
        <source>Downloading message list</source>
        <translation>מוריד את רשימת ההודעות</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>מביא שינויים</translation>
    </message>
    <message>
        <source>Downloading recent messages</source>
        <translation>מוריד הודעות אחרונות</translation>
    </message>
    <message>
        <source>Sign in to this account again</source>
        <translation>יש להתחבר מחדש לחשבון זה</translation>
    </message>
    <message>
        <source>Sync was cancelled</source>
        <translation>הסנכרון בוטל</translation>
    </message>
</context>
<context>
    <name>em::accounts</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>ההתחברות בוטלה.</translation>
    </message>
</context>
<context>
    <name>em::accounts::DisconnectJob</name>
    <message>
        <source>%1 could not be reached to revoke access (%2). The sign-in was deleted from this computer; you can also remove Email Manager in your account&apos;s security settings.</source>
        <translation>לא ניתן היה ליצור קשר עם %1 כדי לבטל את הגישה (%2). פרטי ההתחברות נמחקו ממחשב זה; ניתן גם להסיר את Email Manager בהגדרות האבטחה של החשבון שלך.</translation>
    </message>
    <message>
        <source>%1 did not confirm revoking access (HTTP %2). The sign-in was deleted from this computer.</source>
        <translation>%1 לא אישר את ביטול הגישה (HTTP %2). פרטי ההתחברות נמחקו ממחשב זה.</translation>
    </message>
    <message>
        <source>Disconnected. The mail on this computer is kept.</source>
        <translation>החשבון נותק. הדואר שבמחשב זה נשמר.</translation>
    </message>
</context>
<context>
    <name>em::auth</name>
    <message>
        <source>%1 accepted the Client ID at %2.</source>
        <translation>%1 קיבל את ה־Client ID בשרת %2.</translation>
    </message>
    <message>
        <source>%1 accepted the Client ID and the Client Secret at %2.</source>
        <translation>%1 קיבל את ה־Client ID ואת ה־Client Secret בשרת %2.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Email Manager keeps passwords and tokens only in the system keychain: start GNOME Keyring or KWallet, unlock it, and try again. Nothing was stored.</source>
        <translation>אין מחזיק מפתחות זמין (%1). Email Manager שומר סיסמאות ואסימונים רק במחזיק המפתחות של המערכת: יש להפעיל את GNOME Keyring או את KWallet, לשחרר את נעילתו ולנסות שוב. דבר לא נשמר.</translation>
    </message>
    <message>
        <source>ltr</source>
        <comment>text direction of this language: ltr or rtl</comment>
        <translation>rtl</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>לא ניתן להאזין לתשובת הדפדפן ב־127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Email Manager</source>
        <translation>Email Manager</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in page.</source>
        <translation>כתובת זו משמשת רק לקבלת התשובה של דף התחברות.</translation>
    </message>
</context>
<context>
    <name>em::auth::AccessTokenSource</name>
    <message>
        <source>No sign-in is stored for %1 in the keychain. Sign in again.</source>
        <translation>לא שמורים במחזיק המפתחות פרטי התחברות עבור %1. יש להתחבר מחדש.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: %2</source>
        <translation>נדרשת התחברות מחדש אל %1: %2</translation>
    </message>
    <message>
        <source>The sign-in of %1 was closed.</source>
        <translation>ההתחברות של %1 נסגרה.</translation>
    </message>
</context>
<context>
    <name>em::auth::AuthorizationFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s). Try again.</source>
        <translation>
            <numerusform>תם הזמן הקצוב להתחברות: הדפדפן לא חזר בתוך %n דקה. יש לנסות שוב.</numerusform>
            <numerusform>תם הזמן הקצוב להתחברות: הדפדפן לא חזר בתוך %n דקות. יש לנסות שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization URL of %1 is not valid. Check it under Advanced in Email settings.</source>
        <translation>כתובת ההרשאה של %1 אינה תקינה. יש לבדוק אותה תחת ״מתקדם״ בהגדרות הדואר.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>ההתחברות בוטלה.</translation>
    </message>
    <message>
        <source>You declined access on %1&apos;s page, so no account was connected.</source>
        <translation>דחית את בקשת הגישה בדף של %1, ולכן לא חובר אף חשבון.</translation>
    </message>
    <message>
        <source>An administrator of your organization must approve Email Manager before you can use it. (%1)</source>
        <translation>מנהל מערכת בארגון שלך צריך לאשר את Email Manager לפני שניתן יהיה להשתמש בו. (%1)</translation>
    </message>
    <message>
        <source>%1 does not accept this Client ID. Check Email settings. (%2)</source>
        <translation>%1 אינו מקבל את ה־Client ID הזה. יש לבדוק את הגדרות הדואר. (%2)</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 דחה את ההתחברות: %2</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Nothing was connected; try again.</source>
        <translation>הדפדפן החזיר תשובה שאינה שייכת להתחברות זו (אי־התאמה ב־state). לא חובר דבר; יש לנסות שוב.</translation>
    </message>
    <message>
        <source>The browser returned an empty authorization code. Try again.</source>
        <translation>הדפדפן החזיר קוד הרשאה ריק. יש לנסות שוב.</translation>
    </message>
    <message>
        <source>Microsoft did not grant offline access (no refresh token). Check that the app registration allows the offline_access permission.</source>
        <translation>לא התקבלה מ־Microsoft גישה לא מקוונת (אין אסימון רענון). יש לוודא שרישום היישום מתיר את ההרשאה offline_access.</translation>
    </message>
    <message>
        <source>Google did not return a refresh token. Try again.</source>
        <translation>לא התקבל מ־Google אסימון רענון. יש לנסות שוב.</translation>
    </message>
    <message>
        <source>Signed in, but %1 did not say which account this is (HTTP %2). Check the API URL under Advanced.</source>
        <translation>ההתחברות הצליחה, אך %1 לא ציין באיזה חשבון מדובר (HTTP %2). יש לבדוק את כתובת ה־API תחת ״מתקדם״.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this account is %2. Sign in as %2 to re-authorize it.</source>
        <translation>התחברת בתור %1, אך חשבון זה הוא %2. יש להתחבר בתור %2 כדי לאשר אותו מחדש.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>החשבון חובר</translation>
    </message>
    <message>
        <source>%1 is now connected to Email Manager. You can close this tab.</source>
        <translation>%1 מחובר כעת ל־Email Manager. ניתן לסגור את הלשונית הזו.</translation>
    </message>
    <message>
        <source>The account was not connected</source>
        <translation>החשבון לא חובר</translation>
    </message>
    <message>
        <source>You can close this tab and return to Email Manager.</source>
        <translation>ניתן לסגור את הלשונית הזו ולחזור אל Email Manager.</translation>
    </message>
    <message>
        <source>%1 did not grant the permission Email Manager needs (%2). Sign in again and allow every permission asked for.</source>
        <translation>%1 לא העניק את ההרשאה ש־Email Manager צריך (%2). יש להתחבר שוב ולאשר את כל ההרשאות המבוקשות.</translation>
    </message>
</context>
<context>
    <name>em::auth::TokenRequest</name>
    <message>
        <source>%1 did not answer in time. Check the network connection and the token URL.</source>
        <translation>%1 לא הגיב בזמן. יש לבדוק את החיבור לרשת ואת כתובת האסימון.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection and the token URL under Advanced.</source>
        <translation>לא ניתן להגיע אל %1 (%2). יש לבדוק את החיבור לרשת ואת כתובת האסימון תחת ״מתקדם״.</translation>
    </message>
    <message>
        <source>The token URL %1 does not exist (HTTP 404). Check the token URL under Advanced.</source>
        <translation>כתובת האסימון %1 אינה קיימת (HTTP 404). יש לבדוק את כתובת האסימון תחת ״מתקדם״.</translation>
    </message>
    <message>
        <source>%1&apos;s sign-in service failed (HTTP %2). Try again later.</source>
        <translation>שירות ההתחברות של %1 נכשל (HTTP %2). יש לנסות שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>%1 did not answer like an OAuth token endpoint (HTTP %2). Check the token URL under Advanced.</source>
        <translation>%1 לא הגיב כמו נקודת קצה של אסימוני OAuth (HTTP %2). יש לבדוק את כתובת האסימון תחת ״מתקדם״.</translation>
    </message>
    <message>
        <source>Microsoft does not know the tenant &quot;%1&quot;. Check the tenant setting (%2).</source>
        <translation>הדייר &quot;%1&quot; אינו מוכר ל־Microsoft. יש לבדוק את הגדרת הדייר (%2).</translation>
    </message>
    <message>
        <source>%1 does not know this Client ID. Check the Client ID (and for Microsoft the tenant) in Email settings. (%2)</source>
        <translation>ה־Client ID הזה אינו מוכר ל־%1. יש לבדוק את ה־Client ID (ועבור Microsoft גם את הדייר) בהגדרות הדואר. (%2)</translation>
    </message>
    <message>
        <source>This Microsoft app is registered as a public client, which must not send a Client Secret. Clear the Client Secret for Microsoft in Email settings.</source>
        <translation>יישום Microsoft זה רשום כלקוח ציבורי, שאסור לו לשלוח Client Secret. יש לרוקן את ה־Client Secret של Microsoft בהגדרות הדואר.</translation>
    </message>
    <message>
        <source>This Microsoft app registration requires a Client Secret. Enter it, or allow public client flows in the app registration.</source>
        <translation>רישום יישום Microsoft זה דורש Client Secret. יש להזין אותו, או לאפשר זרימות של לקוח ציבורי (public client flows) ברישום היישום.</translation>
    </message>
    <message>
        <source>%1 refused the Client Secret for this Client ID. Check the Client Secret in Email settings. (%2)</source>
        <translation>%1 דחה את ה־Client Secret של Client ID זה. יש לבדוק את ה־Client Secret בהגדרות הדואר. (%2)</translation>
    </message>
    <message>
        <source>An administrator of your organization must approve Email Manager before you can use it. (%1)</source>
        <translation>מנהל מערכת בארגון שלך צריך לאשר את Email Manager לפני שניתן יהיה להשתמש בו. (%1)</translation>
    </message>
    <message>
        <source>%1 no longer accepts this sign-in (%2). Sign in again.</source>
        <translation>%1 כבר אינו מקבל את ההתחברות הזו (%2). יש להתחבר מחדש.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 דחה את הבקשה: %2</translation>
    </message>
</context>
<context>
    <name>em::gmail</name>
    <message>
        <source>The answer of a Gmail batch request is cut short.</source>
        <translation>התשובה לבקשת אצווה של Gmail קטועה.</translation>
    </message>
    <message>
        <source>The answer of a Gmail batch request has no multipart boundary.</source>
        <translation>בתשובה לבקשת אצווה של Gmail חסר גבול ה־multipart.</translation>
    </message>
    <message>
        <source>An answer inside a Gmail batch answer has no readable HTTP status line.</source>
        <translation>לאחת התשובות שבתוך תשובת אצווה של Gmail אין שורת מצב HTTP קריאה.</translation>
    </message>
    <message>
        <source>Gmail sent an answer that is not a JSON object.</source>
        <translation>Gmail שלח תשובה שאינה אובייקט JSON.</translation>
    </message>
    <message>
        <source>Gmail sent an answer without the field &quot;%1&quot;.</source>
        <translation>Gmail שלח תשובה ללא השדה &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Gmail sent a message whose content is not valid base64.</source>
        <translation>Gmail שלח הודעה שתוכנה אינו base64 תקין.</translation>
    </message>
</context>
<context>
    <name>em::net::HttpClient</name>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>החיבור נסגר אחרי %1 מתוך %2 בתים.</translation>
    </message>
</context>
<context>
    <name>em::settings</name>
    <message>
        <source>The Client ID is empty: accounts of this provider cannot be connected.</source>
        <translation>ה־Client ID ריק: לא ניתן לחבר חשבונות של ספק זה.</translation>
    </message>
    <message>
        <source>The Client ID has spaces around it; they will be removed.</source>
        <translation>יש רווחים מסביב ל־Client ID; הם יוסרו.</translation>
    </message>
    <message>
        <source>A Google Client ID usually ends in .apps.googleusercontent.com.</source>
        <translation>Client ID של Google מסתיים בדרך כלל ב־.apps.googleusercontent.com.</translation>
    </message>
    <message>
        <source>A Microsoft Application (client) ID is usually a GUID such as 8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f.</source>
        <translation>מזהה יישום (Application (client) ID) של Microsoft הוא בדרך כלל GUID, כגון 8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f.</translation>
    </message>
    <message>
        <source>Google requires the Client Secret of a desktop app.</source>
        <translation>עבור Google נדרש ה־Client Secret של יישום שולחן עבודה.</translation>
    </message>
    <message>
        <source>Microsoft registers desktop apps as public clients: leave the secret empty unless your app registration is a confidential client.</source>
        <translation>ב־Microsoft, יישומי שולחן עבודה נרשמים כלקוחות ציבוריים: יש להשאיר את הסוד ריק, אלא אם רישום היישום שלך הוא לקוח חסוי (confidential client).</translation>
    </message>
    <message>
        <source>The Client Secret starts or ends with a space. It is kept as typed.</source>
        <translation>ה־Client Secret מתחיל או מסתיים ברווח. הוא נשמר כפי שהוקלד.</translation>
    </message>
    <message>
        <source>A tenant is common, organizations, consumers, a tenant ID (GUID) or a domain name.</source>
        <translation>ערך הדייר יכול להיות common, organizations, consumers, מזהה דייר (GUID) או שם דומיין.</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost.</source>
        <translation>מארח ההפניה חייב להיות 127.0.0.1 או localhost.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>זו אינה כתובת URL תקינה.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>הכתובת חייבת להתחיל ב־https://.</translation>
    </message>
    <message>
        <source>Plain http is only safe on this machine (127.0.0.1); use https.</source>
        <translation>http רגיל בטוח רק במחשב זה (127.0.0.1); יש להשתמש ב־https.</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied. System settings are written by an administrator (for example with sudo).</source>
        <translation>לא ניתן לכתוב את %1: ההרשאה נדחתה. הגדרות המערכת נכתבות על ידי מנהל מערכת (למשל באמצעות sudo).</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file.</source>
        <translation>%1 אינו קובץ הגדרות תקין.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>לא ניתן ליצור את התיקייה %1.</translation>
    </message>
</context>
<context>
    <name>em::settings::ProviderConfig</name>
    <message>
        <source>No Client ID is set for %1. An administrator enters it in Settings &gt; Email settings.</source>
        <translation>לא הוגדר Client ID עבור %1. מנהל מערכת מזין אותו ב״הגדרות ◂ הגדרות דואר״.</translation>
    </message>
    <message>
        <source>No Client Secret is set for Google. An administrator enters it in Settings &gt; Email settings.</source>
        <translation>לא הוגדר Client Secret עבור Google. מנהל מערכת מזין אותו ב״הגדרות ◂ הגדרות דואר״.</translation>
    </message>
</context>
<context>
    <name>em::settings::ProviderSettings</name>
    <message>
        <source>The %1 settings are managed by your administrator and cannot be changed.</source>
        <translation>הגדרות %1 מנוהלות על ידי מנהל המערכת ולא ניתן לשנותן.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. System settings are written by an administrator (for example with sudo).</source>
        <translation>לא ניתן ליצור את התיקייה %1. הגדרות המערכת נכתבות על ידי מנהל מערכת (למשל באמצעות sudo).</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation>לא ניתן להגדיר את ההרשאות של %1.</translation>
    </message>
</context>
<context>
    <name>em::ui::AccountCard</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Imported mail</source>
        <translation>דואר מיובא</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Re-authorization required</source>
        <translation>נדרש אישור מחדש</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>חשבון %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · kept on this computer</source>
        <translation>%1 · שמור במחשב זה</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>סנכרון אחרון: מעולם לא</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>סנכרון אחרון: %1</translation>
    </message>
    <message>
        <source>one message stored</source>
        <translation>הודעה אחת שמורה</translation>
    </message>
    <message>
        <source>%1 messages stored</source>
        <translation>%1 הודעות שמורות</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;חיבור מחדש…</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>&amp;אישור מחדש…</translation>
    </message>
    <message>
        <source>Sign in to %1 again in your browser.</source>
        <translation>יש להתחבר שוב אל %1 בדפדפן.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>ה&amp;סרה…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;ניתוק…</translation>
    </message>
</context>
<context>
    <name>em::ui::AccountsPage</name>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>חיבור &amp;Gmail…</translation>
    </message>
    <message>
        <source>Connect &amp;Outlook…</source>
        <translation>חיבור &amp;Outlook…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>חשבונות</translation>
    </message>
    <message>
        <source>Connect your Gmail and Outlook accounts. You sign in on the provider&apos;s own page in your browser; Email Manager never sees your password.</source>
        <translation>ניתן לחבר כאן את חשבונות ה־Gmail וה־Outlook שלך. ההתחברות מתבצעת בדף של הספק עצמו בדפדפן; הסיסמה שלך לעולם אינה נחשפת ל־Email Manager.</translation>
    </message>
    <message>
        <source>Open Email settings…</source>
        <translation>פתיחת הגדרות הדואר…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>קישור להתחברות</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>ה&amp;עתקת הקישור</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>&amp;ביטול ההתחברות</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>בהמתנה</translation>
    </message>
    <message>
        <source>The link is copied: paste it into your browser&apos;s address bar.</source>
        <translation>הקישור הועתק: יש להדביק אותו בשורת הכתובת של הדפדפן.</translation>
    </message>
    <message>
        <source>%1 cannot be connected yet: %2</source>
        <translation>עדיין לא ניתן לחבר את %1: %2</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>The accounts cannot be shown: %1</source>
        <translation>לא ניתן להציג את החשבונות: %1</translation>
    </message>
    <message>
        <source>No account yet. Connect a Gmail or Outlook account with the buttons above.</source>
        <translation>אין עדיין חשבון. ניתן לחבר חשבון Gmail או Outlook באמצעות הכפתורים שלמעלה.</translation>
    </message>
    <message>
        <source>A sign-in is waiting in your browser: finish it or cancel it first.</source>
        <translation>התחברות ממתינה בדפדפן: יש להשלים אותה או לבטל אותה תחילה.</translation>
    </message>
    <message>
        <source>Please wait until the account is disconnected.</source>
        <translation>נא להמתין עד לניתוק החשבון.</translation>
    </message>
    <message>
        <source>A sign-in is already waiting in your browser. Finish it there, or cancel it, before starting another.</source>
        <translation>התחברות כבר ממתינה בדפדפן. יש להשלים אותה שם, או לבטל אותה, לפני שמתחילים התחברות נוספת.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>מתבצעת הכנה להתחברות…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>ממתין להתחברות שלך בדפדפן…</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your browser and allow Email Manager access. The sign-in is given up after %1 minutes.</source>
        <translation>יש להתחבר בדף שנפתח בדפדפן ולאפשר גישה ל־Email Manager. ההתחברות תבוטל לאחר %1 דקות.</translation>
    </message>
    <message>
        <source>Sign in as %1 on the page that opened in your browser. The sign-in is given up after %2 minutes.</source>
        <translation>יש להתחבר בתור %1 בדף שנפתח בדפדפן. ההתחברות תבוטל לאחר %2 דקות.</translation>
    </message>
    <message>
        <source>⚠ The browser could not be opened. Copy the link and open it in your browser.</source>
        <translation>⚠ לא ניתן היה לפתוח את הדפדפן. יש להעתיק את הקישור ולפתוח אותו בדפדפן.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 מחובר.</translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation>%1 מחובר מחדש.</translation>
    </message>
    <message>
        <source>Please wait until the sign-in or disconnection in progress has ended.</source>
        <translation>נא להמתין לסיום ההתחברות או הניתוק שמתבצעים כעת.</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>מנתק את %1…</translation>
    </message>
    <message>
        <source>%1 was not disconnected: %2</source>
        <translation>%1 לא נותק: %2</translation>
    </message>
    <message>
        <source>%1 is disconnected and its mail is deleted from this computer.</source>
        <translation>%1 נותק והדואר שלו נמחק ממחשב זה.</translation>
    </message>
    <message>
        <source>%1 is disconnected. Its mail stays readable on this computer.</source>
        <translation>%1 נותק. הדואר שלו נשאר זמין לקריאה במחשב זה.</translation>
    </message>
</context>
<context>
    <name>em::ui::AttachmentActions</name>
    <message>
        <source>The attachment could not be read from the message.</source>
        <translation>לא ניתן היה לקרוא את הקובץ המצורף מתוך ההודעה.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>קובץ מצורף</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>שמירת קובץ מצורף</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>לא ניתן היה לשמור את %1: %2</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>פתיחת קובץ מצורף</translation>
    </message>
    <message>
        <source>“%1” could run programs on this computer if it is opened. Save it instead, and open it only if you trust whoever sent it.</source>
        <translation>פתיחת ״%1״ עלולה להריץ תוכנות במחשב זה. במקום זאת מומלץ לשמור אותו, ולפתוח אותו רק אם יש לך אמון בשולח.</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>אין במחשב זה יישום שיכול לפתוח את %1.</translation>
    </message>
</context>
<context>
    <name>em::ui::DesktopNotifier</name>
    <message>
        <source>Unknown sender</source>
        <translation>שולח לא ידוע</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ללא נושא)</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n הודעה חדשה</numerusform>
            <numerusform>%n הודעות חדשות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: subject</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ועוד %n</numerusform>
            <numerusform>ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail cannot be announced on the desktop: there is no session bus.</source>
        <translation>לא ניתן להציג התראות על דואר חדש בשולחן העבודה: אין אפיק הפעלה (session bus).</translation>
    </message>
    <message>
        <source>Email Manager</source>
        <translation>Email Manager</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>New mail cannot be announced on the desktop: no notification service is running.</source>
        <translation>לא ניתן להציג התראות על דואר חדש בשולחן העבודה: אין שירות התראות פעיל.</translation>
    </message>
</context>
<context>
    <name>em::ui::DisconnectDialog</name>
    <message>
        <source>Remove account</source>
        <translation>הסרת חשבון</translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>ניתוק חשבון</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>להסיר את %1?</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>לנתק את %1?</translation>
    </message>
    <message>
        <source>This account is already disconnected. Removing it deletes its %1 messages stored on this computer. The mail on the server is not touched.</source>
        <translation>חשבון זה כבר מנותק. הסרתו מוחקת את %1 ההודעות שלו השמורות במחשב זה. הדואר שבשרת אינו מושפע.</translation>
    </message>
    <message>
        <source>Email Manager stops syncing this account, asks the provider to revoke its access where it can, and deletes the sign-in from this computer. The mail on the server is not touched.</source>
        <translation>Email Manager יפסיק לסנכרן חשבון זה, יבקש מהספק לבטל את הגישה שלו במידת האפשר, וימחק את פרטי ההתחברות ממחשב זה. הדואר שבשרת אינו מושפע.</translation>
    </message>
    <message>
        <source>Also &amp;delete the mail stored on this computer (%1 messages)</source>
        <translation>&amp;למחוק גם את הדואר השמור במחשב זה (%1 הודעות)</translation>
    </message>
    <message>
        <source>Unchecked, the mail stays readable and searchable here.</source>
        <translation>אם האפשרות אינה מסומנת, הדואר נשאר זמין לקריאה ולחיפוש כאן.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;ניתוק</translation>
    </message>
</context>
<context>
    <name>em::ui::EmailSettingsDialog</name>
    <message>
        <source>Email settings[*]</source>
        <translation>הגדרות דואר[*]</translation>
    </message>
    <message>
        <source>The OAuth clients through which users connect their Gmail and Outlook accounts. An administrator sets them up once; the guide on the side shows how.</source>
        <translation>לקוחות ה־OAuth שדרכם המשתמשים מחברים את חשבונות ה־Gmail וה־Outlook שלהם. מנהל מערכת מגדיר אותם פעם אחת; המדריך שבצד מסביר כיצד.</translation>
    </message>
    <message>
        <source>Google (Gmail)</source>
        <translation>Google (Gmail)</translation>
    </message>
    <message>
        <source>Microsoft (Outlook)</source>
        <translation>Microsoft (Outlook)</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>מדריך הגדרה</translation>
    </message>
    <message>
        <source>Sign-in &amp;timeout:</source>
        <translation>&amp;זמן קצוב להתחברות:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>How long Email Manager waits for a sign-in in the browser. Saved for you.</source>
        <translation>כמה זמן Email Manager ממתין להתחברות בדפדפן. נשמר עבורך בלבד.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>אין מה לשמור: אף הגדרה לא שונתה.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <source>The %1 settings were not saved: %2</source>
        <translation>הגדרות %1 לא נשמרו: %2</translation>
    </message>
    <message>
        <source>Saving for all users of this computer needs administrator rights: start Email Manager as an administrator, or choose “Only for me”.</source>
        <translation>שמירה עבור כל משתמשי המחשב דורשת הרשאות מנהל: יש להפעיל את Email Manager כמנהל מערכת, או לבחור ״רק עבורי״.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <source>Save the changes to the email settings?</source>
        <translation>לשמור את השינויים בהגדרות הדואר?</translation>
    </message>
</context>
<context>
    <name>em::ui::FolderModel</name>
    <message>
        <source>Inbox</source>
        <translation>דואר נכנס</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>דואר שנשלח</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>טיוטות</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>אשפה</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>דואר זבל</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>ארכיון</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>מסומנות בכוכב</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>חשובות</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>כל הדואר</translation>
    </message>
    <message>
        <source>Unified Inbox</source>
        <translation>דואר נכנס מאוחד</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>תיקיות מקומיות</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>רשתות חברתיות</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>קידומי מכירות</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>עדכונים</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>פורומים</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n הודעה שלא נקראה</numerusform>
            <numerusform>%1: %n הודעות שלא נקראו</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::MailboxController</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 נשמר</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>לא נבחרה הודעה</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>מחפש…</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>אין הודעות התואמות ל־״%1״.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>אין הודעות</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected</source>
        <translation>
            <numerusform>נבחרה %n הודעה</numerusform>
            <numerusform>נבחרו %n הודעות</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>מחיקה לצמיתות</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>למחוק %n הודעה לצמיתות? לא ניתן לבטל פעולה זו.</numerusform>
            <numerusform>למחוק %n הודעות לצמיתות? לא ניתן לבטל פעולה זו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>נמצאה %n הודעה</numerusform>
            <numerusform>נמצאו %n הודעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n הודעה</numerusform>
            <numerusform>%n הודעות</numerusform>
        </translation>
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
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;חיבור חשבון…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;חשבונות…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>חשבונות</translation>
    </message>
    <message>
        <source>The mail store could not be opened, so accounts cannot be connected: %1</source>
        <translation>לא ניתן היה לפתוח את מאגר הדואר, ולכן לא ניתן לחבר חשבונות: %1</translation>
    </message>
    <message>
        <source>Mail store</source>
        <translation>מאגר הדואר</translation>
    </message>
    <message>
        <source>The mail store %1 could not be opened: %2</source>
        <translation>לא ניתן היה לפתוח את מאגר הדואר %1: %2</translation>
    </message>
    <message>
        <source>&amp;Get mail</source>
        <translation>&amp;קבלת דואר</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;סנכרון…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>סרגל הכלים הראשי</translation>
    </message>
    <message>
        <source>Connect an account first (Settings ▸ Accounts)</source>
        <translation>יש לחבר חשבון תחילה (הגדרות ◂ חשבונות)</translation>
    </message>
    <message>
        <source>Offline: mail is checked as soon as the network is back</source>
        <translation>לא מקוון: הדואר ייבדק ברגע שהרשת תחזור</translation>
    </message>
    <message>
        <source>Check every account for new mail (%1)</source>
        <translation>בדיקת דואר חדש בכל החשבונות (%1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;פריסה</translation>
    </message>
    <message>
        <source>&amp;Classic (reader below the list)</source>
        <translation>&amp;קלאסית (חלונית הקריאה מתחת לרשימה)</translation>
    </message>
    <message>
        <source>&amp;Wide (reader beside the list)</source>
        <translation>&amp;רחבה (חלונית הקריאה לצד הרשימה)</translation>
    </message>
    <message>
        <source>Group by &amp;conversation</source>
        <translation>קיבוץ לפי &amp;שיחות</translation>
    </message>
    <message>
        <source>Writing mail comes with the composer, in a later version</source>
        <translation>כתיבת דואר תתאפשר עם עורך ההודעות, בגרסה עתידית</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;ארכיון</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>הע&amp;ברה אל</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>החלפת מצב &amp;קריאה</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>סימון כ&amp;נקרא</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>&amp;סימון כלא נקרא</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>סימון בכ&amp;וכב</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;התראות…</translation>
    </message>
    <message>
        <source>Search all mail (Ctrl+K)</source>
        <translation>חיפוש בכל הדואר (Ctrl+K)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words match anywhere in a message. Operators:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;from:&lt;/b&gt;anna&lt;/td&gt;&lt;td&gt;the sender&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;to:&lt;/b&gt; &lt;b&gt;cc:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;recipients&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;subject:&lt;/b&gt;invoice&lt;/td&gt;&lt;td&gt;the subject&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;has:&lt;/b&gt;attachment&lt;/td&gt;&lt;td&gt;with attachments&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:&lt;/b&gt;unread, read, starred, answered, draft&lt;/td&gt;&lt;td&gt;the message&apos;s state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;in:&lt;/b&gt;inbox &lt;b&gt;label:&lt;/b&gt;work&lt;/td&gt;&lt;td&gt;a folder or label&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;before:&lt;/b&gt;2026-01-31 &lt;b&gt;after:&lt;/b&gt;2025-12-01&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&quot;exact words&quot;&lt;/td&gt;&lt;td&gt;a phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;-word &amp;nbsp; -(a OR b)&lt;/td&gt;&lt;td&gt;without&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a OR b, ( … )&lt;/td&gt;&lt;td&gt;either, grouping&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;המילים מותאמות בכל מקום בהודעה. אופרטורים:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;from:&lt;/b&gt;anna&lt;/td&gt;&lt;td&gt;השולח&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;to:&lt;/b&gt; &lt;b&gt;cc:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;הנמענים&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;subject:&lt;/b&gt;חשבונית&lt;/td&gt;&lt;td&gt;הנושא&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;has:&lt;/b&gt;attachment&lt;/td&gt;&lt;td&gt;עם קבצים מצורפים&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:&lt;/b&gt;unread, read, starred, answered, draft&lt;/td&gt;&lt;td&gt;מצב ההודעה&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;in:&lt;/b&gt;inbox &lt;b&gt;label:&lt;/b&gt;work&lt;/td&gt;&lt;td&gt;תיקייה או תווית&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;before:&lt;/b&gt;2026-01-31 &lt;b&gt;after:&lt;/b&gt;2025-12-01&lt;/td&gt;&lt;td&gt;תאריכים&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&quot;מילים מדויקות&quot;&lt;/td&gt;&lt;td&gt;ביטוי מדויק&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;-מילה &amp;nbsp; -(a OR b)&lt;/td&gt;&lt;td&gt;ללא&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a OR b, ( … )&lt;/td&gt;&lt;td&gt;אחת מהאפשרויות, קיבוץ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ה&amp;עדפות…</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageBanner</name>
    <message>
        <source>Note:</source>
        <translation>הערה:</translation>
    </message>
    <message>
        <source>Please wait:</source>
        <translation>נא להמתין:</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>הצלחה:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>אזהרה:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>שגיאה:</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageListModel</name>
    <message>
        <source>Yesterday %1</source>
        <translation>אתמול %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year: day and short month</comment>
        <translation>d בMMM</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(ללא נמען)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(שולח לא ידוע)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ללא נושא)</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2
Date: %3</source>
        <translation>מאת: %1
נושא: %2
תאריך: %3</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>מסומנת בכוכב</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>לא מסומנת בכוכב</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מאת</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>קבצים מצורפים</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageView</name>
    <message>
        <source>No message selected</source>
        <translation>לא נבחרה הודעה</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(שולח לא ידוע)</translation>
    </message>
    <message>
        <source>Folded message: click or press Enter to show it.</source>
        <translation>הודעה מקופלת: יש ללחוץ עליה או להקיש Enter כדי להציג אותה.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ללא נושא)</translation>
    </message>
    <message>
        <source>Fold this message</source>
        <translation>קיפול הודעה זו</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>after the first fifty recipients</extracomment>
        <translation>
            <numerusform>ועוד %n</numerusform>
            <numerusform>ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>From:</source>
        <translation>מאת:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>אל:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>עותק:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>חשבון:</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>מוריד…</translation>
    </message>
    <message>
        <source>This message is damaged; what could be read is shown.</source>
        <translation>הודעה זו פגומה; מוצג מה שניתן היה לקרוא.</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>בהודעה זו אין טקסט.</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>תוכן מרוחק נחסם כדי להגן על פרטיותך.</translation>
    </message>
    <message>
        <source>Show once</source>
        <translation>הצגה הפעם</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>תמיד עבור שולח זה</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an attachment: its file name and size, &quot;report.pdf (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>שמירה…</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>קבצים מצורפים (%1)</translation>
    </message>
    <message>
        <source>Unnamed attachment</source>
        <translation>קובץ מצורף ללא שם</translation>
    </message>
</context>
<context>
    <name>em::ui::NewMailWatcher</name>
    <message>
        <source>The mail store %1 cannot be read.</source>
        <translation>לא ניתן לקרוא את מאגר הדואר %1.</translation>
    </message>
</context>
<context>
    <name>em::ui::NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>הגדרות התראות</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification for new mail</source>
        <translation>הצגת &amp;התראה בשולחן העבודה על דואר חדש</translation>
    </message>
    <message>
        <source>New messages in an Inbox are announced with their sender and subject, never their text. Mail downloaded when an account is first connected is not announced.</source>
        <translation>ההתראה על הודעות חדשות בדואר הנכנס כוללת את השולח ואת הנושא שלהן, לעולם לא את תוכנן. על דואר שהורד בעת החיבור הראשון של חשבון לא מוצגת התראה.</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>הצגת מספר ההודעות שלא נקראו ב&amp;מגש המערכת</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the unread count cannot appear there.</source>
        <translation>בשולחן עבודה זה אין מגש מערכת, ולכן לא ניתן להציג בו את מספר ההודעות שלא נקראו.</translation>
    </message>
</context>
<context>
    <name>em::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>כמו במערכת (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Email Manager.</source>
        <translation>השפה החדשה תיכנס לתוקף בהפעלה הבאה של Email Manager.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>קריאה</translation>
    </message>
    <message>
        <source>Mark a message read after</source>
        <translation>סימון הודעה כנקראה אחרי</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>מיד</translation>
    </message>
    <message>
        <source>Only when I mark it</source>
        <translation>רק בסימון ידני</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>תוכן מרוחק</translation>
    </message>
    <message>
        <source>Images and styles on the web are loaded without asking only for messages from these senders. Loading them tells the sender that you opened the message.</source>
        <translation>תמונות וסגנונות מהרשת נטענים ללא שאלה רק עבור הודעות משולחים אלה. טעינתם מודיעה לשולח שפתחת את ההודעה.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
</context>
<context>
    <name>em::ui::ProviderForm</name>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>מזהה יישום (Application (client) &amp;ID):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>הצגת ה־Client Secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>הסתרה</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>הסתרת ה־Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <source>Client &amp;Secret (optional):</source>
        <translation>Client &amp;Secret (רשות):</translation>
    </message>
    <message>
        <source>Work, school and personal Microsoft accounts</source>
        <translation>חשבונות Microsoft של עבודה, לימודים ואישיים</translation>
    </message>
    <message>
        <source>Work and school accounts only</source>
        <translation>חשבונות עבודה ולימודים בלבד</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts only</source>
        <translation>חשבונות Microsoft אישיים בלבד</translation>
    </message>
    <message>
        <source>common, organizations, consumers, or your Directory (tenant) ID or domain</source>
        <translation>common, organizations, consumers, או מזהה המדריך (הדייר) או הדומיין שלך</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;דייר (Tenant):</translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation>&amp;כתובת הפניה:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>מתקדם</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>כתובת &amp;הרשאה:</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>כתובת &amp;אסימון:</translation>
    </message>
    <message>
        <source>Re&amp;vocation URL:</source>
        <translation>כתובת ביטול &amp;גישה:</translation>
    </message>
    <message>
        <source>A&amp;PI base URL:</source>
        <translation>כתובת בסיס ה־&amp;API:</translation>
    </message>
    <message>
        <source>URLs may contain {tenant}, replaced by the Tenant setting.</source>
        <translation>הכתובות יכולות להכיל {tenant}, שיוחלף בערך של הגדרת הדייר.</translation>
    </message>
    <message>
        <source>Scopes requested:</source>
        <translation>היקפי הרשאה מבוקשים:</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>מיקום השמירה</translation>
    </message>
    <message>
        <source>Only for &amp;me</source>
        <translation>&amp;רק עבורי</translation>
    </message>
    <message>
        <source>For all &amp;users of this computer</source>
        <translation>עבור כל ה&amp;משתמשים במחשב זה</translation>
    </message>
    <message>
        <source>Needs administrator rights. Written to %1, which every user can read.</source>
        <translation>דורש הרשאות מנהל. נכתב אל %1, שכל משתמש יכול לקרוא.</translation>
    </message>
    <message>
        <source>&amp;Lock: users cannot change these settings</source>
        <translation>&amp;נעילה: משתמשים לא יוכלו לשנות הגדרות אלו</translation>
    </message>
    <message>
        <source>&amp;Test configuration</source>
        <translation>&amp;בדיקת התצורה</translation>
    </message>
    <message>
        <source>Asks %1 whether it accepts the values in this form (they need not be saved).</source>
        <translation>בודק מול %1 אם הערכים שבטופס זה מתקבלים (אין צורך לשמור אותם).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <source>Loading from the keychain…</source>
        <translation>טוען ממחזיק המפתחות…</translation>
    </message>
    <message>
        <source>Could not be read from the keychain</source>
        <translation>לא ניתן היה לקרוא ממחזיק המפתחות</translation>
    </message>
    <message>
        <source>Managed by your administrator. These %1 settings apply to every user of this computer and cannot be changed here.</source>
        <translation>מנוהל על ידי מנהל המערכת. הגדרות %1 אלו חלות על כל משתמשי המחשב ולא ניתן לשנותן כאן.</translation>
    </message>
    <message>
        <source>Empty: the Client ID for all users applies (%1)</source>
        <translation>ריק: חל ה־Client ID שהוגדר לכל המשתמשים (%1)</translation>
    </message>
    <message>
        <source>Required by Google</source>
        <translation>נדרש על ידי Google</translation>
    </message>
    <message>
        <source>Leave empty for a public client</source>
        <translation>יש להשאיר ריק עבור לקוח ציבורי</translation>
    </message>
    <message>
        <source>Default (http://%1)</source>
        <translation>ברירת מחדל (http://%1)</translation>
    </message>
    <message>
        <source>Email Manager announces http://%1:PORT/ as the redirect URI. Register http://%1 in the app registration (see the guide).</source>
        <translation>Email Manager מצהיר על http://%1:PORT/ ככתובת ה־Redirect URI. יש לרשום את http://%1 ברישום היישום (ראו המדריך).</translation>
    </message>
    <message>
        <source>In use now: no Client ID. %1 accounts cannot be connected yet.</source>
        <translation>בשימוש כעת: אין Client ID. עדיין לא ניתן לחבר חשבונות %1.</translation>
    </message>
    <message>
        <source>In use now: Client ID %1 from your own settings.</source>
        <translation>בשימוש כעת: Client ID %1 מההגדרות שלך.</translation>
    </message>
    <message>
        <source>In use now: Client ID %1 from the settings for all users.</source>
        <translation>בשימוש כעת: Client ID %1 מההגדרות לכל המשתמשים.</translation>
    </message>
    <message>
        <source>Asking %1 about these values…</source>
        <translation>בודק ערכים אלו מול %1…</translation>
    </message>
</context>
<context>
    <name>em::ui::ReaderController</name>
    <message>
        <source>This message is no longer here.</source>
        <translation>הודעה זו כבר אינה כאן.</translation>
    </message>
    <message>
        <source>The message could not be downloaded: %1</source>
        <translation>לא ניתן היה להוריד את ההודעה: %1</translation>
    </message>
    <message>
        <source>This message is not downloaded, and its account is not syncing now.</source>
        <translation>הודעה זו לא הורדה, והחשבון שלה אינו מסתנכרן כעת.</translation>
    </message>
</context>
<context>
    <name>em::ui::SafeTextBrowser</name>
    <message>
        <source>This message is too large to show with its formatting; its text is shown instead.</source>
        <translation>הודעה זו גדולה מכדי להציג אותה עם העיצוב שלה; במקום זאת מוצג הטקסט שלה.</translation>
    </message>
    <message>
        <source>This message is too complex to show with its formatting; its text is shown instead.</source>
        <translation>הודעה זו מורכבת מכדי להציג אותה עם העיצוב שלה; במקום זאת מוצג הטקסט שלה.</translation>
    </message>
    <message>
        <source>This message is too long to show in full; only its beginning is shown.</source>
        <translation>הודעה זו ארוכה מכדי להציג אותה במלואה; מוצגת רק תחילתה.</translation>
    </message>
    <message>
        <source>Only its beginning is shown.</source>
        <translation>מוצגת רק תחילתה.</translation>
    </message>
</context>
<context>
    <name>em::ui::SettingsHelp</name>
    <message>
        <source>Setting up Google (Gmail)</source>
        <translation>הגדרת Google (Gmail)</translation>
    </message>
    <message>
        <source>Create an OAuth client for Email Manager once, in the Google Cloud Console (%1). Users then only sign in.</source>
        <translation>יש ליצור לקוח OAuth עבור Email Manager פעם אחת, ב־Google Cloud Console (%1). לאחר מכן המשתמשים רק מתחברים.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a project&lt;/b&gt;: open the project picker at the top, choose &lt;i&gt;New project&lt;/i&gt;, name it and create it.</source>
        <translation>&lt;b&gt;יצירת פרויקט&lt;/b&gt;: יש לפתוח את בורר הפרויקטים שבראש הדף, לבחור &lt;i&gt;New project&lt;/i&gt;, לתת לו שם וליצור אותו.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable the Gmail API&lt;/b&gt;: &lt;i&gt;APIs &amp;amp; Services ▸ Library&lt;/i&gt;, search for “Gmail API” and press &lt;i&gt;Enable&lt;/i&gt;.</source>
        <translation>&lt;b&gt;הפעלת ה־Gmail API&lt;/b&gt;: &lt;i&gt;APIs &amp;amp; Services ▸ Library&lt;/i&gt;, יש לחפש ״Gmail API״ וללחוץ על &lt;i&gt;Enable&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configure the OAuth consent screen&lt;/b&gt; (&lt;i&gt;APIs &amp;amp; Services ▸ OAuth consent screen&lt;/i&gt;): choose &lt;i&gt;Internal&lt;/i&gt; when only accounts of your Google Workspace organization will sign in, otherwise &lt;i&gt;External&lt;/i&gt;. Enter the app name, a support address and a developer contact.</source>
        <translation>&lt;b&gt;הגדרת מסך ההסכמה של OAuth&lt;/b&gt; (&lt;i&gt;APIs &amp;amp; Services ▸ OAuth consent screen&lt;/i&gt;): יש לבחור &lt;i&gt;Internal&lt;/i&gt; אם רק חשבונות מארגון ה־Google Workspace שלך יתחברו, ואחרת &lt;i&gt;External&lt;/i&gt;. יש להזין את שם היישום, כתובת תמיכה ופרטי קשר של המפתח.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add the scopes&lt;/b&gt; Email Manager asks for: %1, %2, %3 and %4.</source>
        <translation>&lt;b&gt;הוספת היקפי ההרשאה (scopes)&lt;/b&gt; ש־Email Manager מבקש: %1, %2, %3 ו־%4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add test users&lt;/b&gt;: while an External app is in “Testing”, only the Google accounts listed here can sign in.</source>
        <translation>&lt;b&gt;הוספת משתמשי בדיקה&lt;/b&gt;: כל עוד יישום External נמצא במצב ״Testing״, רק חשבונות Google שרשומים כאן יכולים להתחבר.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create the client&lt;/b&gt;: &lt;i&gt;Credentials ▸ Create credentials ▸ OAuth client ID&lt;/i&gt;, application type &lt;b&gt;Desktop app&lt;/b&gt;. No redirect URI is needed: Google accepts any loopback address for desktop apps.</source>
        <translation>&lt;b&gt;יצירת הלקוח&lt;/b&gt;: &lt;i&gt;Credentials ▸ Create credentials ▸ OAuth client ID&lt;/i&gt;, סוג היישום &lt;b&gt;Desktop app&lt;/b&gt;. אין צורך ב־Redirect URI: עבור יישומי שולחן עבודה, Google מקבל כל כתובת loopback.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the Client ID and the Client Secret&lt;/b&gt; into the fields of the Google tab, then press &lt;i&gt;Test configuration&lt;/i&gt;.</source>
        <translation>&lt;b&gt;יש להעתיק את ה־Client ID ואת ה־Client Secret&lt;/b&gt; לשדות שבלשונית Google, ואז ללחוץ על &lt;i&gt;בדיקת התצורה&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>כדאי לדעת</translation>
    </message>
    <message>
        <source>The Gmail scopes are &lt;b&gt;restricted&lt;/b&gt;: before an External app may be used by everyone, Google must verify it (with a security assessment). Internal apps and apps in testing need no verification.</source>
        <translation>היקפי ההרשאה של Gmail הם &lt;b&gt;מוגבלים&lt;/b&gt; (restricted): לפני שיישום External יוכל לשמש את כולם, Google צריך לאמת אותו (כולל הערכת אבטחה). יישומים פנימיים (Internal) ויישומים במצב בדיקה אינם דורשים אימות.</translation>
    </message>
    <message>
        <source>While the consent screen is in &lt;b&gt;Testing&lt;/b&gt;, Google lets sign-ins expire after &lt;b&gt;7 days&lt;/b&gt;: users will then be asked to re-authorize their account. Publish the app, or make it Internal, to avoid this.</source>
        <translation>כל עוד מסך ההסכמה נמצא במצב &lt;b&gt;Testing&lt;/b&gt;, תוקף ההתחברויות ב־Google פג לאחר &lt;b&gt;7 ימים&lt;/b&gt;: המשתמשים יתבקשו אז לאשר מחדש את החשבון שלהם. כדי להימנע מכך, יש לפרסם את היישום או להגדיר אותו כ־Internal.</translation>
    </message>
    <message>
        <source>Google does not treat the secret of a desktop app as confidential. Email Manager still keeps a user&apos;s own Client Secret in the system keychain.</source>
        <translation>Google אינו מתייחס לסוד של יישום שולחן עבודה כחסוי. למרות זאת, Email Manager שומר את ה־Client Secret האישי של המשתמש במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>Setting up Microsoft (Outlook, Microsoft 365)</source>
        <translation>הגדרת Microsoft (Outlook, Microsoft 365)</translation>
    </message>
    <message>
        <source>Register Email Manager once in the Microsoft Entra admin center (%1) or in the Azure portal.</source>
        <translation>יש לרשום את Email Manager פעם אחת במרכז הניהול של Microsoft Entra (%1) או בפורטל Azure.</translation>
    </message>
    <message>
        <source>accounts in this organizational directory only: your &lt;b&gt;Directory (tenant) ID&lt;/b&gt; or domain</source>
        <translation>חשבונות במדריך ארגוני זה בלבד: ה־&lt;b&gt;Directory (tenant) ID&lt;/b&gt; (מזהה הדייר) או הדומיין שלך</translation>
    </message>
    <message>
        <source>accounts in any organizational directory: %1</source>
        <translation>חשבונות בכל מדריך ארגוני: %1</translation>
    </message>
    <message>
        <source>any organizational directory and personal Microsoft accounts: %1</source>
        <translation>כל מדריך ארגוני וגם חשבונות Microsoft אישיים: %1</translation>
    </message>
    <message>
        <source>personal Microsoft accounts only: %1</source>
        <translation>חשבונות Microsoft אישיים בלבד: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Identity ▸ Applications ▸ App registrations ▸ &lt;b&gt;New registration&lt;/b&gt;&lt;/i&gt;; give it a name.</source>
        <translation>&lt;i&gt;Identity ▸ Applications ▸ App registrations ▸ &lt;b&gt;New registration&lt;/b&gt;&lt;/i&gt;; יש לתת לרישום שם.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supported account types&lt;/b&gt; decide the Tenant setting:</source>
        <translation>&lt;b&gt;Supported account types&lt;/b&gt; (סוגי החשבונות הנתמכים) קובעים את הגדרת הדייר:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redirect URI&lt;/b&gt;: platform &lt;b&gt;Mobile and desktop applications&lt;/b&gt;, URI %1. This matches the “Redirect address” setting; Microsoft ignores the port of a loopback address. If the form does not accept it, add it in the app&apos;s &lt;i&gt;Manifest&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Redirect URI&lt;/b&gt;: פלטפורמה &lt;b&gt;Mobile and desktop applications&lt;/b&gt;, כתובת URI %1. כתובת זו תואמת להגדרה ״כתובת הפניה״; Microsoft מתעלם מהפורט של כתובת loopback. אם הטופס אינו מקבל אותה, יש להוסיף אותה ב־&lt;i&gt;Manifest&lt;/i&gt; של היישום.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Authentication&lt;/i&gt;: set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;i&gt;Yes&lt;/i&gt;.</source>
        <translation>&lt;i&gt;Authentication&lt;/i&gt;: יש להגדיר את &lt;b&gt;Allow public client flows&lt;/b&gt; ל־&lt;i&gt;Yes&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;API permissions ▸ Add a permission ▸ Microsoft Graph ▸ Delegated permissions&lt;/i&gt;: %1.</source>
        <translation>&lt;i&gt;API permissions ▸ Add a permission ▸ Microsoft Graph ▸ Delegated permissions&lt;/i&gt;: %1.</translation>
    </message>
    <message>
        <source>For an organization, press &lt;b&gt;Grant admin consent&lt;/b&gt;: otherwise users are told that an administrator must approve the app when they sign in.</source>
        <translation>בארגון, יש ללחוץ על &lt;b&gt;Grant admin consent&lt;/b&gt;: אחרת, בעת ההתחברות המשתמשים יקבלו הודעה שמנהל מערכת צריך לאשר את היישום.</translation>
    </message>
    <message>
        <source>Copy the &lt;b&gt;Application (client) ID&lt;/b&gt; from the app&apos;s Overview into the Client ID field (and the Directory (tenant) ID into Tenant when only your organization signs in), then press &lt;i&gt;Test configuration&lt;/i&gt;.</source>
        <translation>יש להעתיק את ה־&lt;b&gt;Application (client) ID&lt;/b&gt; מדף ה־Overview של היישום לשדה ה־Client ID (ואת ה־Directory (tenant) ID לשדה הדייר, כאשר רק הארגון שלך מתחבר), ואז ללחוץ על &lt;i&gt;בדיקת התצורה&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No client secret is needed&lt;/b&gt;: a desktop app is a public client. Leave the Client Secret empty.</source>
        <translation>&lt;b&gt;אין צורך ב־client secret&lt;/b&gt;: יישום שולחן עבודה הוא לקוח ציבורי. יש להשאיר את ה־Client Secret ריק.</translation>
    </message>
</context>
<context>
    <name>em::ui::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>הגדרות סנכרון</translation>
    </message>
    <message>
        <source>Only when I press Get mail</source>
        <translation>רק בלחיצה על ״קבלת דואר״</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Check for new &amp;mail every:</source>
        <translation>בדיקת &amp;דואר חדש כל:</translation>
    </message>
    <message>
        <source>None: download messages when opened</source>
        <translation>ללא: הודעות יורדו בעת פתיחתן</translation>
    </message>
    <message>
        <source>&amp;Download the most recent messages in full:</source>
        <translation>&amp;הורדה מלאה של ההודעות האחרונות:</translation>
    </message>
    <message>
        <source>Every message is listed at once. The most recent ones are also downloaded in full after each check, so that they open at once and can be read offline; older messages are downloaded when you open them.</source>
        <translation>כל ההודעות מופיעות ברשימה מיד. ההודעות האחרונות גם יורדות במלואן אחרי כל בדיקה, כך שהן נפתחות מיד וניתן לקרוא אותן גם במצב לא מקוון; הודעות ישנות יותר יורדות כשפותחים אותן.</translation>
    </message>
</context>
<context>
    <name>em::ui::SyncStatus</name>
    <message>
        <source>Offline</source>
        <translation>לא מקוון</translation>
    </message>
    <message>
        <source>The computer is not connected to a network. Mail is checked again as soon as it is.</source>
        <translation>המחשב אינו מחובר לרשת. הדואר ייבדק שוב ברגע שהחיבור יחזור.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>חשבון %1</translation>
    </message>
    <message>
        <source>%1: Checking for new mail…</source>
        <translation>%1: בודק אם הגיע דואר חדש…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4</source>
        <extracomment>account: what the sync does, how far it is: &quot;alice@gmail.com: Downloading message list 1,500 of 24,000&quot;</extracomment>
        <translation>%1: %2 %3 מתוך %4</translation>
    </message>
    <message>
        <source>Mail not checked yet</source>
        <translation>הדואר עדיין לא נבדק</translation>
    </message>
    <message>
        <source>Mail checked at %1</source>
        <translation>הדואר נבדק בשעה %1</translation>
    </message>
    <message>
        <source>Mail checked on %1</source>
        <translation>הדואר נבדק ב־%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>account address: why it cannot sync, or how its last sync went wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>הסנכרון נכשל.</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>יש להתחבר שוב אל %1</translation>
    </message>
    <message>
        <source>Open Email settings</source>
        <translation>פתיחת הגדרות הדואר</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>חשבונות…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>the progress of one account, then how many others are syncing too</extracomment>
        <translation>
            <numerusform>%1 (ועוד %n)</numerusform>
            <numerusform>%1 (ועוד %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>the first account&apos;s problem, then how many other accounts have one</extracomment>
        <translation>
            <numerusform>(ועוד %n)</numerusform>
            <numerusform>(ועוד %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::UnreadTray</name>
    <message>
        <source>&amp;Show Email Manager</source>
        <translation>&amp;הצגת Email Manager</translation>
    </message>
    <message>
        <source>&amp;Get mail</source>
        <translation>&amp;קבלת דואר</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Email Manager — no unread mail</source>
        <translation>Email Manager — אין דואר שלא נקרא</translation>
    </message>
    <message numerus="yes">
        <source>Email Manager — %n unread</source>
        <translation>
            <numerusform>Email Manager — %n הודעה שלא נקראה</numerusform>
            <numerusform>Email Manager — %n הודעות שלא נקראו</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>more unread messages than the badge shows</comment>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>em::util</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>לא ניתן ליצור את התיקייה %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is not a folder.</source>
        <translation>לא ניתן ליצור את התיקייה %1: %2 אינו תיקייה.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of the folder %1: %2</source>
        <translation>לא ניתן להגדיר את ההרשאות של התיקייה %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>לא ניתן להגדיר את ההרשאות של %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>לא ניתן ליצור את %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 אינו קובץ.</translation>
    </message>
    <message>
        <source>A file named %1 already exists.</source>
        <translation>כבר קיים קובץ בשם %1.</translation>
    </message>
    <message>
        <source>You do not have permission to write %1.</source>
        <translation>אין לך הרשאה לכתוב את %1.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save %1.</source>
        <translation>אין מספיק מקום בדיסק כדי לשמור את %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is read-only.</source>
        <translation>לא ניתן לשמור את %1: הדיסק מוגדר לקריאה בלבד.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist.</source>
        <translation>לא ניתן לשמור את %1: התיקייה אינה קיימת.</translation>
    </message>
    <message>
        <source>Cannot save %1: the name is too long.</source>
        <translation>לא ניתן לשמור את %1: השם ארוך מדי.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>לא ניתן לשמור את %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>התיקייה %1 אינה קיימת.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 אינו תיקייה.</translation>
    </message>
    <message>
        <source>Cannot save %1 outside the folder %2.</source>
        <translation>לא ניתן לשמור את %1 מחוץ לתיקייה %2.</translation>
    </message>
    <message>
        <source>There are too many files named like %1 in %2.</source>
        <translation>ב־%2 יש יותר מדי קבצים בשם דומה ל־%1.</translation>
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
    <message>
        <source>connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>re-authorization required</source>
        <translation>נדרש אישור מחדש</translation>
    </message>
    <message>
        <source>error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>name one account address</source>
        <translation>יש לציין כתובת חשבון אחת</translation>
    </message>
    <message>
        <source>no account %1 (see &apos;emailctl accounts list&apos;)</source>
        <translation>אין חשבון %1 (ראו &apos;emailctl accounts list&apos;)</translation>
    </message>
    <message>
        <source>%1 is connected with more than one provider: add --provider</source>
        <translation>%1 מחובר דרך יותר מספק אחד: יש להוסיף --provider</translation>
    </message>
    <message>
        <source>List the accounts with their state and last sync.</source>
        <translation>הצגת רשימת החשבונות עם מצבם והסנכרון האחרון.</translation>
    </message>
    <message>
        <source>No accounts. Connect one with &apos;emailctl accounts connect google|microsoft&apos;.</source>
        <translation>אין חשבונות. ניתן לחבר חשבון באמצעות &apos;emailctl accounts connect google|microsoft&apos;.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ספק</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>סנכרון אחרון</translation>
    </message>
    <message>
        <source>never</source>
        <translation>מעולם לא</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout מקבל מספר שניות</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser. If it does not open, open this address:</source>
        <translation>יש להתחבר באמצעות %1 בדפדפן. אם הדפדפן לא נפתח, יש לפתוח את הכתובת הזו:</translation>
    </message>
    <message>
        <source>Waiting for the browser… (Ctrl+C to cancel)</source>
        <translation>ממתין לדפדפן… (Ctrl+C לביטול)</translation>
    </message>
    <message>
        <source>could not open a browser; open the address above yourself</source>
        <translation>לא ניתן היה לפתוח דפדפן; יש לפתוח את הכתובת שלמעלה באופן ידני</translation>
    </message>
    <message>
        <source>Connected %1 (%2).</source>
        <translation>%1 חובר (%2).</translation>
    </message>
    <message>
        <source>Only print the sign-in address; do not open a browser.</source>
        <translation>הדפסת כתובת ההתחברות בלבד, ללא פתיחת דפדפן.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default: the sign-in timeout setting, 300).</source>
        <translation>ביטול לאחר SECONDS שניות (ברירת מחדל: הגדרת הזמן הקצוב להתחברות, 300).</translation>
    </message>
    <message>
        <source>google or microsoft</source>
        <translation>google או microsoft</translation>
    </message>
    <message>
        <source>Connect an account: sign in with the provider in the browser.</source>
        <translation>חיבור חשבון: התחברות אצל הספק בדפדפן.</translation>
    </message>
    <message>
        <source>name one provider: google or microsoft</source>
        <translation>יש לציין ספק אחד: google או microsoft</translation>
    </message>
    <message>
        <source>The account to sign in again.</source>
        <translation>החשבון שאליו יש להתחבר מחדש.</translation>
    </message>
    <message>
        <source>google or microsoft, when the address has both.</source>
        <translation>google או microsoft, כאשר הכתובת מחוברת לשניהם.</translation>
    </message>
    <message>
        <source>Sign in again to an account that needs it.</source>
        <translation>התחברות מחדש לחשבון שזקוק לכך.</translation>
    </message>
    <message>
        <source>The account to disconnect.</source>
        <translation>החשבון לניתוק.</translation>
    </message>
    <message>
        <source>Also delete the account&apos;s mail stored on this computer.</source>
        <translation>מחיקה גם של הדואר של החשבון השמור במחשב זה.</translation>
    </message>
    <message>
        <source>Disconnect an account: revoke access, delete its keychain entry, and keep (or with --delete-data delete) its local mail.</source>
        <translation>ניתוק חשבון: ביטול הגישה, מחיקת הרשומה שלו במחזיק המפתחות, ושמירה של הדואר המקומי שלו (או מחיקתו, עם --delete-data).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>Disconnected %1 and deleted its local mail.</source>
        <translation>%1 נותק והדואר המקומי שלו נמחק.</translation>
    </message>
    <message>
        <source>Disconnected %1; its local mail is kept.</source>
        <translation>%1 נותק; הדואר המקומי שלו נשמר.</translation>
    </message>
    <message>
        <source>Usage: emailctl accounts list|connect|reauth|disconnect [options]
Run &apos;emailctl accounts connect --help&apos; for the options of a subcommand.
</source>
        <translation>שימוש: emailctl accounts list|connect|reauth|disconnect [options]
להצגת האפשרויות של תת־פקודה יש להריץ &apos;emailctl accounts connect --help&apos;.
</translation>
    </message>
    <message>
        <source>expected list, connect, reauth or disconnect</source>
        <translation>יש לציין list, connect, reauth או disconnect</translation>
    </message>
    <message>
        <source>Authorization endpoint URL.</source>
        <translation>כתובת נקודת הקצה להרשאה.</translation>
    </message>
    <message>
        <source>Token endpoint URL.</source>
        <translation>כתובת נקודת הקצה לאסימונים.</translation>
    </message>
    <message>
        <source>Revocation endpoint URL.</source>
        <translation>כתובת נקודת הקצה לביטול גישה.</translation>
    </message>
    <message>
        <source>API base URL (Gmail or Graph).</source>
        <translation>כתובת הבסיס של ה־API (Gmail או Graph).</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 אינו אובייקט JSON: %2</translation>
    </message>
    <message>
        <source>%1 holds no %2 client</source>
        <translation>%1 אינו מכיל לקוח %2</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (it would show in the process list and the shell history); use --client-secret-stdin or --client-secret-file FILE</source>
        <translation>ה־client secret לעולם אינו מתקבל בשורת הפקודה (הוא היה מופיע ברשימת התהליכים ובהיסטוריית המעטפת); יש להשתמש ב־--client-secret-stdin או ב־--client-secret-file FILE</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>ה־Client ID של OAuth.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>קריאת ה־client secret מהקלט התקני.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>קריאת ה־client secret מתוך FILE.</translation>
    </message>
    <message>
        <source>Microsoft tenant: common, organizations, consumers or a tenant ID.</source>
        <translation>הדייר ב־Microsoft: common, organizations, consumers או מזהה דייר.</translation>
    </message>
    <message>
        <source>Host announced in the redirect URI: 127.0.0.1 or localhost.</source>
        <translation>המארח שמוצהר ב־Redirect URI: 127.0.0.1 או localhost.</translation>
    </message>
    <message>
        <source>Take the client (id, secret, endpoints) from a JSON file: the client file downloaded from Google Cloud Console, or the emulator&apos;s configuration. Other options override it.</source>
        <translation>לקיחת הלקוח (מזהה, סוד, נקודות קצה) מקובץ JSON: קובץ הלקוח שהורד מ־Google Cloud Console, או התצורה של האמולטור. אפשרויות אחרות גוברות עליו.</translation>
    </message>
    <message>
        <source>Write the settings for every user of this computer (needs root).</source>
        <translation>כתיבת ההגדרות עבור כל משתמשי המחשב (דורש root).</translation>
    </message>
    <message>
        <source>With --system: users cannot change these settings.</source>
        <translation>עם --system: משתמשים לא יוכלו לשנות הגדרות אלו.</translation>
    </message>
    <message>
        <source>Set the OAuth client of a provider.</source>
        <translation>הגדרת לקוח ה־OAuth של ספק.</translation>
    </message>
    <message>
        <source>use either --client-secret-stdin or --client-secret-file</source>
        <translation>יש להשתמש ב־--client-secret-stdin או ב־--client-secret-file, לא בשניהם</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>לא ניתן לקרוא את הקלט התקני</translation>
    </message>
    <message>
        <source>the %1 settings are managed by your administrator and cannot be changed</source>
        <translation>הגדרות %1 מנוהלות על ידי מנהל המערכת ולא ניתן לשנותן</translation>
    </message>
    <message>
        <source>%1 settings saved (%2).</source>
        <translation>הגדרות %1 נשמרו (%2).</translation>
    </message>
    <message>
        <source>google or microsoft (default: both)</source>
        <translation>google או microsoft (ברירת מחדל: שניהם)</translation>
    </message>
    <message>
        <source>Show the provider settings in effect and where they come from (never the secret).</source>
        <translation>הצגת הגדרות הספק שבתוקף ומקורן (הסוד לעולם אינו מוצג).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>system</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>default</source>
        <translation>ברירת מחדל</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>מזהה לקוח</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>לא ידוע: %1</translation>
    </message>
    <message>
        <source>set (keychain)</source>
        <translation>הוגדר (מחזיק המפתחות)</translation>
    </message>
    <message>
        <source>set (system file)</source>
        <translation>הוגדר (קובץ מערכת)</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>סוד לקוח</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>דייר</translation>
    </message>
    <message>
        <source>redirect host</source>
        <translation>מארח הפניה</translation>
    </message>
    <message>
        <source>auth url</source>
        <translation>כתובת הרשאה</translation>
    </message>
    <message>
        <source>token url</source>
        <translation>כתובת אסימון</translation>
    </message>
    <message>
        <source>revoke url</source>
        <translation>כתובת ביטול</translation>
    </message>
    <message>
        <source>api url</source>
        <translation>כתובת API</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>היקפי הרשאה</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>נעול</translation>
    </message>
    <message>
        <source>yes, managed by the administrator</source>
        <translation>כן, מנוהל על ידי מנהל המערכת</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Remove the settings for every user (needs root).</source>
        <translation>הסרת ההגדרות עבור כל המשתמשים (דורש root).</translation>
    </message>
    <message>
        <source>Remove a provider&apos;s settings of one scope.</source>
        <translation>הסרת ההגדרות של ספק ברמה אחת (משתמש או מערכת).</translation>
    </message>
    <message>
        <source>%1 settings removed.</source>
        <translation>הגדרות %1 הוסרו.</translation>
    </message>
    <message>
        <source>Usage: emailctl provider set|show|unset [options]
Run &apos;emailctl provider set --help&apos; for the options of a subcommand.
</source>
        <translation>שימוש: emailctl provider set|show|unset [options]
להצגת האפשרויות של תת־פקודה יש להריץ &apos;emailctl provider set --help&apos;.
</translation>
    </message>
    <message>
        <source>expected set, show or unset</source>
        <translation>יש לציין set, show או unset</translation>
    </message>
    <message>
        <source>Set, show or unset the OAuth client of Google or Microsoft</source>
        <translation>הגדרה, הצגה או הסרה של לקוח ה־OAuth של Google או Microsoft</translation>
    </message>
    <message>
        <source>List, connect, re-authorize and disconnect accounts</source>
        <translation>הצגה, חיבור, אישור מחדש וניתוק של חשבונות</translation>
    </message>
    <message>
        <source>With --system: let users change these settings again.</source>
        <translation>עם ‎--system: לאפשר שוב למשתמשים לשנות הגדרות אלו.</translation>
    </message>
    <message>
        <source>--lock and --unlock only apply to --system settings</source>
        <translation>‎--lock ו־‎--unlock חלים רק על הגדרות ‎--system</translation>
    </message>
    <message>
        <source>use either --lock or --unlock</source>
        <translation>יש להשתמש ב־‎--lock או ב־‎--unlock, לא בשניהם</translation>
    </message>
    <message>
        <source>warning: the client ID changed, so the previous client secret was removed</source>
        <translation>אזהרה: ה־Client ID השתנה, ולכן ה־Client Secret הקודם הוסר</translation>
    </message>
    <message>
        <source>Message ids, as &apos;emailctl search --json&apos; shows them.</source>
        <translation>מזהי הודעות, כפי שהם מוצגים ב־&apos;emailctl search --json&apos;.</translation>
    </message>
    <message>
        <source>Only queue the change; the next sync sends it.</source>
        <translation>הוספת השינוי לתור בלבד; הסנכרון הבא ישלח אותו.</translation>
    </message>
    <message>
        <source>no folder %1 in this account</source>
        <translation>אין תיקייה %1 בחשבון זה</translation>
    </message>
    <message>
        <source>name at least one message id</source>
        <translation>יש לציין לפחות מזהה הודעה אחד</translation>
    </message>
    <message>
        <source>%1 is not a message id</source>
        <translation>%1 אינו מזהה הודעה</translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation>הודעה %1: %2</translation>
    </message>
    <message>
        <source>imported mail (Local Folders) has no server to change</source>
        <translation>לדואר מיובא (״תיקיות מקומיות״) אין שרת שבו ניתן לבצע שינויים</translation>
    </message>
    <message>
        <source>Queued; the next sync sends it.</source>
        <translation>נוסף לתור; הסנכרון הבא ישלח אותו.</translation>
    </message>
    <message>
        <source>The change is made here and stays queued until the server takes it.</source>
        <translation>השינוי בוצע כאן ויישאר בתור עד שהשרת יקבל אותו.</translation>
    </message>
    <message>
        <source>Mark as read.</source>
        <translation>סימון כנקרא.</translation>
    </message>
    <message>
        <source>Mark as unread.</source>
        <translation>סימון כלא נקרא.</translation>
    </message>
    <message>
        <source>Star.</source>
        <translation>סימון בכוכב.</translation>
    </message>
    <message>
        <source>Remove the star.</source>
        <translation>הסרת הכוכב.</translation>
    </message>
    <message>
        <source>Mark messages read or unread, starred or not.</source>
        <translation>סימון הודעות כנקראו או כלא נקראו, עם כוכב או בלעדיו.</translation>
    </message>
    <message>
        <source>give one of --read, --unread, --star, --unstar</source>
        <translation>יש לציין אחת מהאפשרויות ‎--read, ‎--unread, ‎--star, ‎--unstar</translation>
    </message>
    <message>
        <source>The folder or label to move to.</source>
        <translation>התיקייה או התווית שאליה יש להעביר.</translation>
    </message>
    <message>
        <source>Gmail: the label to take away (default: Inbox).</source>
        <translation>Gmail: התווית שיש להסיר (ברירת מחדל: דואר נכנס).</translation>
    </message>
    <message>
        <source>Archive (out of the Inbox).</source>
        <translation>העברה לארכיון (הוצאה מ״דואר נכנס״).</translation>
    </message>
    <message>
        <source>Move messages to a folder, or archive them.</source>
        <translation>העברת הודעות לתיקייה, או העברתן לארכיון.</translation>
    </message>
    <message>
        <source>give --to FOLDER or --archive</source>
        <translation>יש לציין ‎--to FOLDER או ‎--archive</translation>
    </message>
    <message>
        <source>Take the messages out of the Trash.</source>
        <translation>הוצאת ההודעות מהאשפה.</translation>
    </message>
    <message>
        <source>Delete for good (Gmail: needs full mail access, not only gmail.modify).</source>
        <translation>מחיקה לצמיתות (ב־Gmail: דורש גישה מלאה לדואר, ולא רק gmail.modify).</translation>
    </message>
    <message>
        <source>Move messages to the Trash, out of it, or delete them for good.</source>
        <translation>העברת הודעות לאשפה, הוצאתן ממנה, או מחיקתן לצמיתות.</translation>
    </message>
    <message>
        <source>--undo and --permanent do not go together</source>
        <translation>לא ניתן להשתמש ב־‎--undo וב־‎--permanent יחד</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n הודעה חדשה</numerusform>
            <numerusform>%n הודעות חדשות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n הודעה שהשתנתה</numerusform>
            <numerusform>%n הודעות שהשתנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n הודעה שהוסרה</numerusform>
            <numerusform>%n הודעות שהוסרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies downloaded</source>
        <translation>
            <numerusform>%n הודעה שהורדה במלואה</numerusform>
            <numerusform>%n הודעות שהורדו במלואן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes sent</source>
        <translation>
            <numerusform>%n שינוי שלך שנשלח</numerusform>
            <numerusform>%n שינויים שלך שנשלחו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes dropped (the messages were gone)</source>
        <translation>
            <numerusform>%n שינוי שבוטל (ההודעות כבר לא היו קיימות)</numerusform>
            <numerusform>%n שינויים שבוטלו (ההודעות כבר לא היו קיימות)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable messages kept and flagged</source>
        <translation>
            <numerusform>%n הודעה לא קריאה שנשמרה וסומנה</numerusform>
            <numerusform>%n הודעות לא קריאות שנשמרו וסומנו</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>מסונכרן</translation>
    </message>
    <message>
        <source>not in step</source>
        <translation>לא מסונכרן</translation>
    </message>
    <message>
        <source>The account to sync; all accounts when left out.</source>
        <translation>החשבון לסנכרון; אם לא צוין, כל החשבונות.</translation>
    </message>
    <message>
        <source>Download the bodies of the newest N messages (default 50).</source>
        <translation>הורדת התוכן המלא של N ההודעות החדשות ביותר (ברירת מחדל: 50).</translation>
    </message>
    <message>
        <source>Print only the outcome.</source>
        <translation>הדפסת התוצאה בלבד.</translation>
    </message>
    <message>
        <source>Sync accounts now: send queued changes, then fetch what changed on the server. Exits 0 only when every account is in step.</source>
        <translation>סנכרון החשבונות עכשיו: שליחת השינויים שבתור, ולאחר מכן הבאת מה שהשתנה בשרת. קוד היציאה הוא 0 רק כאשר כל החשבונות מסונכרנים.</translation>
    </message>
    <message>
        <source>--prefetch takes a number</source>
        <translation>‎--prefetch מקבל מספר</translation>
    </message>
    <message>
        <source>name at most one account</source>
        <translation>יש לציין חשבון אחד לכל היותר</translation>
    </message>
    <message>
        <source>No accounts to sync. Connect one with &apos;emailctl accounts connect google|microsoft&apos;.</source>
        <translation>אין חשבונות לסנכרון. ניתן לחבר חשבון באמצעות &apos;emailctl accounts connect google|microsoft&apos;.</translation>
    </message>
    <message>
        <source>Sync accounts now and report what changed</source>
        <translation>סנכרון החשבונות עכשיו ודיווח על מה שהשתנה</translation>
    </message>
    <message>
        <source>Mark messages read, unread, starred or unstarred</source>
        <translation>סימון הודעות כנקראו, כלא נקראו, עם כוכב או בלי כוכב</translation>
    </message>
    <message>
        <source>Move messages to a folder or label, or archive them</source>
        <translation>העברת הודעות לתיקייה או לתווית, או העברתן לארכיון</translation>
    </message>
    <message>
        <source>Move messages to the Trash, or out of it</source>
        <translation>העברת הודעות לאשפה, או הוצאתן ממנה</translation>
    </message>
</context>
</TS>
