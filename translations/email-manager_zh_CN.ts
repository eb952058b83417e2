<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Import</name>
    <message>
        <source>%1 ends with an incomplete message, which was not imported</source>
        <translation>%1 末尾有一封不完整的邮件，未导入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>本地文件夹</translation>
    </message>
    <message>
        <source>%1 holds no Maildir folder and no mbox file</source>
        <translation>%1 中既没有 Maildir 文件夹，也没有 mbox 文件</translation>
    </message>
    <message>
        <source>%1 is not an mbox file</source>
        <translation>%1 不是 mbox 文件</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing to search for: type a word or an operator such as from:</source>
        <translation>没有可搜索的内容：请输入一个词或运算符，例如 from:</translation>
    </message>
    <message>
        <source>The search has too many nested parentheses</source>
        <translation>搜索中嵌套的括号过多</translation>
    </message>
    <message>
        <source>%1: needs a date like 2024-01-31, not “%2”</source>
        <translation>%1: 需要形如 2024-01-31 的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>has: takes “attachment”, not “%1”</source>
        <translation>has: 只接受“attachment”，而不是“%1”</translation>
    </message>
    <message>
        <source>is: takes unread, read, starred, answered or draft, not “%1”</source>
        <translation>is: 只接受 unread、read、starred、answered 或 draft，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: needs a folder name</source>
        <translation>%1: 需要文件夹名称</translation>
    </message>
    <message>
        <source>The search is too long (at most 4096 characters)</source>
        <translation>搜索内容过长（最多 4096 个字符）</translation>
    </message>
    <message>
        <source>The search could not be run</source>
        <translation>无法执行搜索</translation>
    </message>
    <message>
        <source>The search could not be understood</source>
        <translation>无法解析该搜索</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>No mail store at %1</source>
        <translation>%1 处没有邮件库</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mail store</source>
        <translation>%1 是文件夹，不是邮件库</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>The mail store %1 is read-only</source>
        <translation>邮件库 %1 是只读的</translation>
    </message>
    <message>
        <source>The folder of the mail store %1 is read-only</source>
        <translation>邮件库 %1 所在的文件夹是只读的</translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store (not an SQLite database)</source>
        <translation>%1 不是 Email Manager 邮件库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed</source>
        <translation>%1 所在的磁盘已满；未做任何更改</translation>
    </message>
    <message>
        <source>The mail store %1 is busy in another program</source>
        <translation>邮件库 %1 正被其他程序占用</translation>
    </message>
    <message>
        <source>The mail store %1 is damaged</source>
        <translation>邮件库 %1 已损坏</translation>
    </message>
    <message>
        <source>Cannot open the mail store %1</source>
        <translation>无法打开邮件库 %1</translation>
    </message>
    <message>
        <source>The mail store %1 reported an error (code %2)</source>
        <translation>邮件库 %1 报告了错误（代码 %2）</translation>
    </message>
    <message>
        <source>The account could not be stored</source>
        <translation>无法保存账户</translation>
    </message>
    <message>
        <source>The folder could not be stored</source>
        <translation>无法保存文件夹</translation>
    </message>
    <message>
        <source>The mail store is damaged: %1</source>
        <translation>邮件库已损坏：%1</translation>
    </message>
    <message>
        <source>The search index is out of step with the messages</source>
        <translation>搜索索引与邮件不同步</translation>
    </message>
    <message>
        <source>The mail store %1 was written by a newer Email Manager</source>
        <translation>邮件库 %1 由更新版本的 Email Manager 写入</translation>
    </message>
    <message>
        <source>%1 is not an Email Manager mail store</source>
        <translation>%1 不是 Email Manager 邮件库</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program</source>
        <translation>%1 是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>Cannot create the mail store %1: %2</source>
        <translation>无法创建邮件库 %1：%2</translation>
    </message>
    <message>
        <source>The stored copy of this message is damaged</source>
        <translation>此邮件的存储副本已损坏</translation>
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
        <translation>尚无账户</translation>
    </message>
    <message>
        <source>Connect a Gmail or Outlook account, or import mail with File ▸ Import.</source>
        <translation>请连接 Gmail 或 Outlook 账户，或通过“文件 ▸ 导入邮件”导入邮件。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import mail…</source>
        <translation>导入邮件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>撰写(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>全部回复(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation>邮件设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Email Manager</source>
        <translation>关于 Email Manager(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Email Manager</source>
        <translation>关于 Email Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Email Manager %1&lt;/h3&gt;&lt;p&gt;A desktop mail client for Gmail and Outlook.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Email Manager %1&lt;/h3&gt;&lt;p&gt;适用于 Gmail 和 Outlook 的桌面邮件客户端。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import mbox files</source>
        <translation>导入 mbox 文件</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>导入 Maildir 文件夹</translation>
    </message>
    <message>
        <source>Importing: %1 messages read…</source>
        <translation>正在导入：已读取 %1 封邮件…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported %1 messages (%2 already there, %3 kept but not fully readable)</source>
        <translation>已导入 %1 封邮件（%2 封已存在，%3 封已保存但无法完整读取）</translation>
    </message>
</context>
<context>
    <name>emailctl</name>
    <message>
        <source>The mail store file (default: %1).</source>
        <translation>邮件库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试 &apos;%1 --help&apos;。</translation>
    </message>
    <message>
        <source>mbox files or Maildir folders</source>
        <translation>mbox 文件或 Maildir 文件夹</translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders into Local Folders. Importing the same mail twice adds nothing.</source>
        <translation>将 mbox 文件和 Maildir 文件夹导入到“本地文件夹”。重复导入同一邮件不会添加任何内容。</translation>
    </message>
    <message>
        <source>name at least one PATH</source>
        <translation>请至少指定一个 PATH</translation>
    </message>
    <message>
        <source>%1 messages read…</source>
        <translation>已读取 %1 封邮件…</translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, unparseable: %3</source>
        <translation>已导入：%1，重复：%2，无法解析：%3</translation>
    </message>
    <message>
        <source>, truncated: %1</source>
        <translation>，被截断：%1</translation>
    </message>
    <message>
        <source>, unreadable: %1</source>
        <translation>，无法读取：%1</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>At most N results (50).</source>
        <translation>最多 N 条结果（50）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Search the mail store, newest first. Words match by prefix; &quot;quoted phrases&quot;; from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER before:YYYY-MM-DD after:YYYY-MM-DD OR, and - to negate.</source>
        <translation>搜索邮件库，最新的排在前面。单词按前缀匹配；&quot;带引号的短语&quot;；from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER before:YYYY-MM-DD after:YYYY-MM-DD OR，以及用 - 表示否定。</translation>
    </message>
    <message>
        <source>give a QUERY</source>
        <translation>请指定 QUERY</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>没有匹配的邮件。</translation>
    </message>
    <message>
        <source>an RFC 822 message (.eml)</source>
        <translation>一封 RFC 822 邮件（.eml）</translation>
    </message>
    <message>
        <source>Show the parsed structure of one message.</source>
        <translation>显示一封邮件解析后的结构。</translation>
    </message>
    <message>
        <source>name exactly one FILE</source>
        <translation>必须恰好指定一个 FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The MIME structure could not be read in full.</source>
        <translation>无法完整读取 MIME 结构。</translation>
    </message>
    <message>
        <source>Count messages per account and folder.</source>
        <translation>按账户和文件夹统计邮件数量。</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>不接受任何参数</translation>
    </message>
    <message>
        <source>Store: %1 bytes</source>
        <translation>邮件库：%1 字节</translation>
    </message>
    <message>
        <source>Import mbox files and Maildir folders</source>
        <translation>导入 mbox 文件和 Maildir 文件夹</translation>
    </message>
    <message>
        <source>Search the mail store</source>
        <translation>搜索邮件库</translation>
    </message>
    <message>
        <source>Show the parsed structure of a message file</source>
        <translation>显示邮件文件解析后的结构</translation>
    </message>
    <message>
        <source>Count messages per account and folder</source>
        <translation>按账户和文件夹统计邮件数量</translation>
    </message>
    <message>
        <source>Usage: emailctl [--store FILE] COMMAND [options]

Commands:
</source>
        <translation>用法：emailctl [--store FILE] COMMAND [options]

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;emailctl COMMAND --help&apos; for the options of a command.
</source>
        <translation>
运行 &apos;emailctl COMMAND --help&apos; 可查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>回复至</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>邮件 ID</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>References</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>  inline</source>
        <translation>  内嵌</translation>
    </message>
    <message>
        <source>%1 (%2): %3 messages, %4 unread</source>
        <translation>%1 (%2)：%3 封邮件，%4 封未读</translation>
    </message>
</context>
</TS>
