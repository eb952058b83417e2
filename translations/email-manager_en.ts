<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Mark as read (%n)</source>
        <translation>
            <numerusform>Mark as read (%n)</numerusform>
            <numerusform>Mark as read (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark as unread (%n)</source>
        <translation>
            <numerusform>Mark as unread (%n)</numerusform>
            <numerusform>Mark as unread (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star (%n)</source>
        <translation>
            <numerusform>Star (%n)</numerusform>
            <numerusform>Star (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the star (%n)</source>
        <translation>
            <numerusform>Remove the star (%n)</numerusform>
            <numerusform>Remove the star (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive (%n)</source>
        <translation>
            <numerusform>Archive (%n)</numerusform>
            <numerusform>Archive (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to %1 (%n)</source>
        <translation>
            <numerusform>Move to %1 (%n)</numerusform>
            <numerusform>Move to %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the label %1 (%n)</source>
        <translation>
            <numerusform>Add the label %1 (%n)</numerusform>
            <numerusform>Add the label %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the label %1 (%n)</source>
        <translation>
            <numerusform>Remove the label %1 (%n)</numerusform>
            <numerusform>Remove the label %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to Trash (%n)</source>
        <translation>
            <numerusform>Move to Trash (%n)</numerusform>
            <numerusform>Move to Trash (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take out of Trash (%n)</source>
        <translation>
            <numerusform>Take out of Trash (%n)</numerusform>
            <numerusform>Take out of Trash (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good (%n)</source>
        <translation>
            <numerusform>Delete for good (%n)</numerusform>
            <numerusform>Delete for good (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::auth::AuthorizationFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s). Try again.</source>
        <translation>
            <numerusform>The sign-in timed out: the browser did not come back within %n minute. Try again.</numerusform>
            <numerusform>The sign-in timed out: the browser did not come back within %n minutes. Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::FolderModel</name>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n unread</numerusform>
            <numerusform>%1: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::MailboxController</name>
    <message numerus="yes">
        <source>%n messages selected</source>
        <translation>
            <numerusform>%n message selected</numerusform>
            <numerusform>%n messages selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n messages for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::MessageView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>after the first fifty recipients</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::SyncStatus</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>the progress of one account, then how many others are syncing too</extracomment>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>the first account&apos;s problem, then how many other accounts have one</extracomment>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::UnreadTray</name>
    <message numerus="yes">
        <source>Email Manager — %n unread</source>
        <translation>
            <numerusform>Email Manager — %n unread</numerusform>
            <numerusform>Email Manager — %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emailctl</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies downloaded</source>
        <translation>
            <numerusform>%n body downloaded</numerusform>
            <numerusform>%n bodies downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes sent</source>
        <translation>
            <numerusform>%n of your changes sent</numerusform>
            <numerusform>%n of your changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes dropped (the messages were gone)</source>
        <translation>
            <numerusform>%n change dropped (the message was gone)</numerusform>
            <numerusform>%n changes dropped (the messages were gone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable messages kept and flagged</source>
        <translation>
            <numerusform>%n unreadable message kept and flagged</numerusform>
            <numerusform>%n unreadable messages kept and flagged</numerusform>
        </translation>
    </message>
</context>
</TS>
