<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Import</name>
    <message>
        <source>%1 ends with an incomplete message, which was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Maildir folder and no mbox file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an mbox file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing to search for: type a word or an operator such as from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has too many nested parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a date like 2024-01-31, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has: takes “attachment”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is: takes unread, read, starred, answered or draft, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is too long (at most 4096 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>No mail store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a mail store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the mail store %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store %1 is busy in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the mail store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store %1 reported an error (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is out of step with the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail store %1 was written by a newer Email Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::MainWindow</name>
    <message>
        <source>Email Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Gmail or Outlook account, or import mail with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Email Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Email Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Email Manager %1&lt;/h3&gt;&lt;p&gt;A desktop mail client for Gmail and Outlook.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emailctl</name>
    <message>
        <source>The mail store file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mbox files or Maildir folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders into Local Folders. Importing the same mail twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, unparseable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the mail store, newest first. Words match by prefix; &quot;quoted phrases&quot;; from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER before:YYYY-MM-DD after:YYYY-MM-DD OR, and - to negate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RFC 822 message (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the parsed structure of one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MIME structure could not be read in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count messages per account and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the mail store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the parsed structure of a message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count messages per account and folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: emailctl [--store FILE] COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;emailctl COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
