<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>The messages no longer exist on the server</source>
        <translation>这些邮件在服务器上已不存在</translation>
    </message>
    <message>
        <source>This account has no folder %1</source>
        <translation>此账户没有文件夹 %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Labels are not available here: this account has folders</source>
        <translation>此处无法使用标签：此账户使用的是文件夹</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>已删除邮件</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>No message was named</source>
        <translation>未指定任何邮件</translation>
    </message>
    <message>
        <source>This action cannot be read</source>
        <translation>无法读取此操作</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>what the user did that Gmail refused, and Gmail&apos;s reason
----------
what the user did that the server refused, and the server&apos;s reason</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Mark as read (%n)</source>
        <translation>
            <numerusform>标记为已读（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark as unread (%n)</source>
        <translation>
            <numerusform>标记为未读（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star (%n)</source>
        <translation>
            <numerusform>加星标（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the star (%n)</source>
        <translation>
            <numerusform>移除星标（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive (%n)</source>
        <translation>
            <numerusform>归档（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to %1 (%n)</source>
        <translation>
            <numerusform>移动到 %1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the label %1 (%n)</source>
        <translation>
            <numerusform>添加标签 %1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the label %1 (%n)</source>
        <translation>
            <numerusform>移除标签 %1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move to Trash (%n)</source>
        <translation>
            <numerusform>移到“已删除邮件”（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take out of Trash (%n)</source>
        <translation>
            <numerusform>从“已删除邮件”中移出（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good (%n)</source>
        <translation>
            <numerusform>永久删除（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>These messages are no longer here</source>
        <translation>这些邮件已不在此处</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of their own account</source>
        <translation>邮件只能在其所属账户的文件夹之间移动</translation>
    </message>
</context>
<context>
    <name>Gmail</name>
    <message>
        <source>Gmail answered with HTTP status %1</source>
        <translation>Gmail 返回了 HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>Gmail could not be reached</source>
        <translation>无法连接 Gmail</translation>
    </message>
    <message>
        <source>Gmail left a batched call unanswered</source>
        <translation>Gmail 未响应批量请求中的某个调用</translation>
    </message>
    <message>
        <source>This message no longer exists in Gmail</source>
        <translation>此邮件在 Gmail 中已不存在</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Microsoft Graph sent a batch answer that is not JSON.</source>
        <translation>Microsoft Graph 发送的批量响应不是 JSON。</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a batch answer without a list of responses.</source>
        <translation>Microsoft Graph 发送的批量响应中没有响应列表。</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1</source>
        <translation>Microsoft Graph 返回了 HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached</source>
        <translation>无法连接 Microsoft Graph</translation>
    </message>
    <message>
        <source>Graph sent a link elsewhere</source>
        <translation>Graph 发送了指向其他位置的链接</translation>
    </message>
    <message>
        <source>The stored delta link is not Graph&apos;s</source>
        <translation>保存的增量链接不属于 Graph</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that is not a JSON object.</source>
        <translation>Microsoft Graph 发送的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer without the field &quot;%1&quot;.</source>
        <translation>Microsoft Graph 发送的响应缺少字段“%1”。</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a page of changes without a link to the next page or the next sync.</source>
        <translation>Microsoft Graph 发送的变更页面既没有下一页链接，也没有下次同步的链接。</translation>
    </message>
    <message>
        <source>This mailbox has no such folder</source>
        <translation>此邮箱中没有这个文件夹</translation>
    </message>
    <message>
        <source>Outlook has folders, not labels</source>
        <translation>Outlook 使用文件夹，而不是标签</translation>
    </message>
    <message>
        <source>The folder no longer exists</source>
        <translation>该文件夹已不存在</translation>
    </message>
    <message>
        <source>This message no longer exists in Outlook</source>
        <translation>此邮件在 Outlook 中已不存在</translation>
    </message>
</context>
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
    <name>Preferences</name>
    <message>
        <source>The setting applies until Email Manager quits, but it could not be saved in %1.</source>
        <translation>此设置在 Email Manager 退出前有效，但无法保存到 %1。</translation>
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
    <message>
        <source>The account no longer exists</source>
        <translation>该账户已不存在</translation>
    </message>
    <message>
        <source>The message is no longer in the mail store</source>
        <translation>该邮件已不在邮件库中</translation>
    </message>
    <message>
        <source>That folder is no longer here</source>
        <translation>该文件夹已不存在</translation>
    </message>
    <message>
        <source>That account is no longer here</source>
        <translation>该账户已不存在</translation>
    </message>
    <message>
        <source>This message is no longer in the mail store</source>
        <translation>此邮件已不在邮件库中</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Accounts of %1 cannot sync</source>
        <translation>无法同步 %1 的账户</translation>
    </message>
    <message>
        <source>The provider&apos;s settings are not loaded</source>
        <translation>尚未加载提供商设置</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>正在发送您的更改</translation>
    </message>
    <message>
        <source>Updating folders</source>
        <translation>正在更新文件夹</translation>
    </message>
    <message>
        <source>Fetching the newest mail</source>
        <translation>正在获取最新邮件</translation>
    </message>
    <message>
        <source>Downloading message list</source>
        <translation>正在下载邮件列表</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>正在获取更改</translation>
    </message>
    <message>
        <source>Downloading recent messages</source>
        <translation>正在下载最近的邮件</translation>
    </message>
    <message>
        <source>Sign in to this account again</source>
        <translation>请重新登录此账户</translation>
    </message>
    <message>
        <source>Sync was cancelled</source>
        <translation>同步已取消</translation>
    </message>
</context>
<context>
    <name>em::accounts</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
</context>
<context>
    <name>em::accounts::DisconnectJob</name>
    <message>
        <source>%1 could not be reached to revoke access (%2). The sign-in was deleted from this computer; you can also remove Email Manager in your account&apos;s security settings.</source>
        <translation>无法连接 %1 以撤销访问权限（%2）。登录信息已从此计算机删除；您也可以在账户的安全设置中移除 Email Manager。</translation>
    </message>
    <message>
        <source>%1 did not confirm revoking access (HTTP %2). The sign-in was deleted from this computer.</source>
        <translation>%1 未确认撤销访问权限（HTTP %2）。登录信息已从此计算机删除。</translation>
    </message>
    <message>
        <source>Disconnected. The mail on this computer is kept.</source>
        <translation>已断开连接。此计算机上的邮件已保留。</translation>
    </message>
</context>
<context>
    <name>em::auth</name>
    <message>
        <source>%1 accepted the Client ID at %2.</source>
        <translation>%1（%2）已接受此客户端 ID。</translation>
    </message>
    <message>
        <source>%1 accepted the Client ID and the Client Secret at %2.</source>
        <translation>%1（%2）已接受此客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Email Manager keeps passwords and tokens only in the system keychain: start GNOME Keyring or KWallet, unlock it, and try again. Nothing was stored.</source>
        <translation>没有可用的密钥环（%1）。Email Manager 只将密码和令牌保存在系统密钥环中：请启动 GNOME Keyring 或 KWallet 并将其解锁，然后重试。未保存任何内容。</translation>
    </message>
    <message>
        <source>ltr</source>
        <comment>text direction of this language: ltr or rtl</comment>
        <translation>ltr</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>无法在 127.0.0.1 上监听浏览器的响应：%1</translation>
    </message>
    <message>
        <source>Email Manager</source>
        <translation>Email Manager</translation>
    </message>
    <message>
        <source>This address only receives the answer of a sign-in page.</source>
        <translation>此地址仅用于接收登录页面的响应。</translation>
    </message>
</context>
<context>
    <name>em::auth::AccessTokenSource</name>
    <message>
        <source>No sign-in is stored for %1 in the keychain. Sign in again.</source>
        <translation>密钥环中没有存储 %1 的登录信息。请重新登录。</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: %2</source>
        <translation>%1 要求您重新登录：%2</translation>
    </message>
    <message>
        <source>The sign-in of %1 was closed.</source>
        <translation>%1 的登录已关闭。</translation>
    </message>
</context>
<context>
    <name>em::auth::AuthorizationFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s). Try again.</source>
        <translation>
            <numerusform>登录超时：浏览器未在 %n 分钟内返回。请重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization URL of %1 is not valid. Check it under Advanced in Email settings.</source>
        <translation>%1 的授权 URL 无效。请在“邮件设置”的“高级”中检查。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>You declined access on %1&apos;s page, so no account was connected.</source>
        <translation>您在 %1 的页面上拒绝了访问，因此未连接任何账户。</translation>
    </message>
    <message>
        <source>An administrator of your organization must approve Email Manager before you can use it. (%1)</source>
        <translation>您所在组织的管理员必须先批准 Email Manager，您才能使用它。（%1）</translation>
    </message>
    <message>
        <source>%1 does not accept this Client ID. Check Email settings. (%2)</source>
        <translation>%1 不接受此客户端 ID。请检查邮件设置。（%2）</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 拒绝了登录：%2</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Nothing was connected; try again.</source>
        <translation>浏览器返回的响应不属于本次登录（state 不匹配）。未连接任何账户；请重试。</translation>
    </message>
    <message>
        <source>The browser returned an empty authorization code. Try again.</source>
        <translation>浏览器返回了空的授权码。请重试。</translation>
    </message>
    <message>
        <source>Microsoft did not grant offline access (no refresh token). Check that the app registration allows the offline_access permission.</source>
        <translation>Microsoft 未授予离线访问权限（没有刷新令牌）。请检查应用注册是否允许 offline_access 权限。</translation>
    </message>
    <message>
        <source>Google did not return a refresh token. Try again.</source>
        <translation>Google 未返回刷新令牌。请重试。</translation>
    </message>
    <message>
        <source>Signed in, but %1 did not say which account this is (HTTP %2). Check the API URL under Advanced.</source>
        <translation>已登录，但 %1 未告知这是哪个账户（HTTP %2）。请检查“高级”中的 API URL。</translation>
    </message>
    <message>
        <source>You signed in as %1, but this account is %2. Sign in as %2 to re-authorize it.</source>
        <translation>您以 %1 的身份登录，但此账户是 %2。请以 %2 的身份登录以重新授权该账户。</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>账户已连接</translation>
    </message>
    <message>
        <source>%1 is now connected to Email Manager. You can close this tab.</source>
        <translation>%1 现已连接到 Email Manager。您可以关闭此标签页。</translation>
    </message>
    <message>
        <source>The account was not connected</source>
        <translation>未能连接账户</translation>
    </message>
    <message>
        <source>You can close this tab and return to Email Manager.</source>
        <translation>您可以关闭此标签页并返回 Email Manager。</translation>
    </message>
    <message>
        <source>%1 did not grant the permission Email Manager needs (%2). Sign in again and allow every permission asked for.</source>
        <translation>%1 未授予 Email Manager 所需的权限（%2）。请重新登录并允许所请求的全部权限。</translation>
    </message>
</context>
<context>
    <name>em::auth::TokenRequest</name>
    <message>
        <source>%1 did not answer in time. Check the network connection and the token URL.</source>
        <translation>%1 未及时响应。请检查网络连接和令牌 URL。</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection and the token URL under Advanced.</source>
        <translation>无法连接 %1（%2）。请检查网络连接以及“高级”中的令牌 URL。</translation>
    </message>
    <message>
        <source>The token URL %1 does not exist (HTTP 404). Check the token URL under Advanced.</source>
        <translation>令牌 URL %1 不存在（HTTP 404）。请检查“高级”中的令牌 URL。</translation>
    </message>
    <message>
        <source>%1&apos;s sign-in service failed (HTTP %2). Try again later.</source>
        <translation>%1 的登录服务出错（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 did not answer like an OAuth token endpoint (HTTP %2). Check the token URL under Advanced.</source>
        <translation>%1 的响应不像 OAuth 令牌端点（HTTP %2）。请检查“高级”中的令牌 URL。</translation>
    </message>
    <message>
        <source>Microsoft does not know the tenant &quot;%1&quot;. Check the tenant setting (%2).</source>
        <translation>Microsoft 无法识别租户“%1”。请检查租户设置（%2）。</translation>
    </message>
    <message>
        <source>%1 does not know this Client ID. Check the Client ID (and for Microsoft the tenant) in Email settings. (%2)</source>
        <translation>%1 无法识别此客户端 ID。请在邮件设置中检查客户端 ID（对于 Microsoft，还需检查租户）。（%2）</translation>
    </message>
    <message>
        <source>This Microsoft app is registered as a public client, which must not send a Client Secret. Clear the Client Secret for Microsoft in Email settings.</source>
        <translation>此 Microsoft 应用注册为公共客户端，不得发送客户端密钥。请在邮件设置中清除 Microsoft 的客户端密钥。</translation>
    </message>
    <message>
        <source>This Microsoft app registration requires a Client Secret. Enter it, or allow public client flows in the app registration.</source>
        <translation>此 Microsoft 应用注册需要客户端密钥。请输入客户端密钥，或在应用注册中允许公共客户端流。</translation>
    </message>
    <message>
        <source>%1 refused the Client Secret for this Client ID. Check the Client Secret in Email settings. (%2)</source>
        <translation>%1 拒绝了此客户端 ID 的客户端密钥。请在邮件设置中检查客户端密钥。（%2）</translation>
    </message>
    <message>
        <source>An administrator of your organization must approve Email Manager before you can use it. (%1)</source>
        <translation>您所在组织的管理员必须先批准 Email Manager，您才能使用它。（%1）</translation>
    </message>
    <message>
        <source>%1 no longer accepts this sign-in (%2). Sign in again.</source>
        <translation>%1 不再接受此登录（%2）。请重新登录。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
</context>
<context>
    <name>em::gmail</name>
    <message>
        <source>The answer of a Gmail batch request is cut short.</source>
        <translation>Gmail 批量请求的响应被截断。</translation>
    </message>
    <message>
        <source>The answer of a Gmail batch request has no multipart boundary.</source>
        <translation>Gmail 批量请求的响应中没有 multipart 边界。</translation>
    </message>
    <message>
        <source>An answer inside a Gmail batch answer has no readable HTTP status line.</source>
        <translation>Gmail 批量响应中的某个响应没有可读的 HTTP 状态行。</translation>
    </message>
    <message>
        <source>Gmail sent an answer that is not a JSON object.</source>
        <translation>Gmail 发送的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Gmail sent an answer without the field &quot;%1&quot;.</source>
        <translation>Gmail 发送的响应中缺少字段“%1”。</translation>
    </message>
    <message>
        <source>Gmail sent a message whose content is not valid base64.</source>
        <translation>Gmail 发送的邮件内容不是有效的 base64。</translation>
    </message>
</context>
<context>
    <name>em::net::HttpClient</name>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>连接在收到 %2 字节中的 %1 字节后关闭。</translation>
    </message>
</context>
<context>
    <name>em::settings</name>
    <message>
        <source>The Client ID is empty: accounts of this provider cannot be connected.</source>
        <translation>客户端 ID 为空：无法连接此提供商的账户。</translation>
    </message>
    <message>
        <source>The Client ID has spaces around it; they will be removed.</source>
        <translation>客户端 ID 前后有空格，这些空格将被移除。</translation>
    </message>
    <message>
        <source>A Google Client ID usually ends in .apps.googleusercontent.com.</source>
        <translation>Google 客户端 ID 通常以 .apps.googleusercontent.com 结尾。</translation>
    </message>
    <message>
        <source>A Microsoft Application (client) ID is usually a GUID such as 8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f.</source>
        <translation>Microsoft 应用程序(客户端) ID 通常是一个 GUID，例如 8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f。</translation>
    </message>
    <message>
        <source>Google requires the Client Secret of a desktop app.</source>
        <translation>Google 要求提供桌面应用的客户端密钥。</translation>
    </message>
    <message>
        <source>Microsoft registers desktop apps as public clients: leave the secret empty unless your app registration is a confidential client.</source>
        <translation>Microsoft 将桌面应用注册为公共客户端：除非您的应用注册是机密客户端，否则请将密钥留空。</translation>
    </message>
    <message>
        <source>The Client Secret starts or ends with a space. It is kept as typed.</source>
        <translation>客户端密钥以空格开头或结尾。将按输入内容原样保留。</translation>
    </message>
    <message>
        <source>A tenant is common, organizations, consumers, a tenant ID (GUID) or a domain name.</source>
        <translation>租户可以是 common、organizations、consumers、租户 ID（GUID）或域名。</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost.</source>
        <translation>重定向主机必须是 127.0.0.1 或 localhost。</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>这不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>URL 必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Plain http is only safe on this machine (127.0.0.1); use https.</source>
        <translation>普通 http 仅在本机（127.0.0.1）上是安全的；请使用 https。</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied. System settings are written by an administrator (for example with sudo).</source>
        <translation>无法写入 %1：权限被拒绝。系统设置需由管理员写入（例如使用 sudo）。</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file.</source>
        <translation>%1 不是有效的设置文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>em::settings::ProviderConfig</name>
    <message>
        <source>No Client ID is set for %1. An administrator enters it in Settings &gt; Email settings.</source>
        <translation>未为 %1 设置客户端 ID。管理员可在“设置 &gt; 邮件设置”中输入。</translation>
    </message>
    <message>
        <source>No Client Secret is set for Google. An administrator enters it in Settings &gt; Email settings.</source>
        <translation>未为 Google 设置客户端密钥。管理员可在“设置 &gt; 邮件设置”中输入。</translation>
    </message>
</context>
<context>
    <name>em::settings::ProviderSettings</name>
    <message>
        <source>The %1 settings are managed by your administrator and cannot be changed.</source>
        <translation>%1 设置由您的管理员管理，无法更改。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. System settings are written by an administrator (for example with sudo).</source>
        <translation>无法创建文件夹 %1。系统设置需由管理员写入（例如使用 sudo）。</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation>无法设置 %1 的权限。</translation>
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
        <translation>导入的邮件</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Re-authorization required</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · kept on this computer</source>
        <translation>%1 · 保存在此计算机上</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>one message stored</source>
        <translation>已存储 1 封邮件</translation>
    </message>
    <message>
        <source>%1 messages stored</source>
        <translation>已存储 %1 封邮件</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>重新连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>重新授权(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in to %1 again in your browser.</source>
        <translation>在浏览器中重新登录 %1。</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>断开连接(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>em::ui::AccountsPage</name>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>连接 Gmail(&amp;G)…</translation>
    </message>
    <message>
        <source>Connect &amp;Outlook…</source>
        <translation>连接 Outlook(&amp;O)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Connect your Gmail and Outlook accounts. You sign in on the provider&apos;s own page in your browser; Email Manager never sees your password.</source>
        <translation>连接您的 Gmail 和 Outlook 账户。您将在浏览器中打开的提供商官方页面上登录；Email Manager 永远不会看到您的密码。</translation>
    </message>
    <message>
        <source>Open Email settings…</source>
        <translation>打开邮件设置…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>取消登录(&amp;A)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>正在等待</translation>
    </message>
    <message>
        <source>The link is copied: paste it into your browser&apos;s address bar.</source>
        <translation>链接已复制：请将其粘贴到浏览器的地址栏中。</translation>
    </message>
    <message>
        <source>%1 cannot be connected yet: %2</source>
        <translation>暂时无法连接 %1：%2</translation>
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
        <translation>无法显示账户：%1</translation>
    </message>
    <message>
        <source>No account yet. Connect a Gmail or Outlook account with the buttons above.</source>
        <translation>尚无账户。请使用上方的按钮连接 Gmail 或 Outlook 账户。</translation>
    </message>
    <message>
        <source>A sign-in is waiting in your browser: finish it or cancel it first.</source>
        <translation>浏览器中有一个登录正在等待：请先完成或取消它。</translation>
    </message>
    <message>
        <source>Please wait until the account is disconnected.</source>
        <translation>请等待账户断开连接。</translation>
    </message>
    <message>
        <source>A sign-in is already waiting in your browser. Finish it there, or cancel it, before starting another.</source>
        <translation>浏览器中已有一个登录正在等待。请先在浏览器中完成或取消该登录，然后再开始新的登录。</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>正在准备登录…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>正在等待您在浏览器中登录…</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your browser and allow Email Manager access. The sign-in is given up after %1 minutes.</source>
        <translation>请在浏览器中打开的页面上登录，并允许 Email Manager 访问。%1 分钟后将放弃登录。</translation>
    </message>
    <message>
        <source>Sign in as %1 on the page that opened in your browser. The sign-in is given up after %2 minutes.</source>
        <translation>请在浏览器中打开的页面上以 %1 的身份登录。%2 分钟后将放弃登录。</translation>
    </message>
    <message>
        <source>⚠ The browser could not be opened. Copy the link and open it in your browser.</source>
        <translation>⚠ 无法打开浏览器。请复制链接并在浏览器中打开。</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 已连接。</translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation>%1 已重新登录。</translation>
    </message>
    <message>
        <source>Please wait until the sign-in or disconnection in progress has ended.</source>
        <translation>请等待正在进行的登录或断开连接操作结束。</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>正在断开 %1 的连接…</translation>
    </message>
    <message>
        <source>%1 was not disconnected: %2</source>
        <translation>未能断开 %1 的连接：%2</translation>
    </message>
    <message>
        <source>%1 is disconnected and its mail is deleted from this computer.</source>
        <translation>%1 已断开连接，其邮件已从此计算机删除。</translation>
    </message>
    <message>
        <source>%1 is disconnected. Its mail stays readable on this computer.</source>
        <translation>%1 已断开连接。其邮件仍可在此计算机上阅读。</translation>
    </message>
</context>
<context>
    <name>em::ui::AttachmentActions</name>
    <message>
        <source>The attachment could not be read from the message.</source>
        <translation>无法从邮件中读取该附件。</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>“%1” could run programs on this computer if it is opened. Save it instead, and open it only if you trust whoever sent it.</source>
        <translation>打开“%1”可能会在此计算机上运行程序。建议改为保存该文件，并仅在您信任发件人时才打开它。</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>此计算机上没有可以打开 %1 的应用程序。</translation>
    </message>
</context>
<context>
    <name>em::ui::DesktopNotifier</name>
    <message>
        <source>Unknown sender</source>
        <translation>未知发件人</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: subject</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 封</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail cannot be announced on the desktop: there is no session bus.</source>
        <translation>无法在桌面上通知新邮件：没有会话总线（session bus）。</translation>
    </message>
    <message>
        <source>Email Manager</source>
        <translation>Email Manager</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>New mail cannot be announced on the desktop: no notification service is running.</source>
        <translation>无法在桌面上通知新邮件：没有正在运行的通知服务。</translation>
    </message>
</context>
<context>
    <name>em::ui::DisconnectDialog</name>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>断开账户连接</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>断开 %1 的连接？</translation>
    </message>
    <message>
        <source>This account is already disconnected. Removing it deletes its %1 messages stored on this computer. The mail on the server is not touched.</source>
        <translation>此账户已断开连接。移除后将删除其存储在此计算机上的 %1 封邮件。服务器上的邮件不受影响。</translation>
    </message>
    <message>
        <source>Email Manager stops syncing this account, asks the provider to revoke its access where it can, and deletes the sign-in from this computer. The mail on the server is not touched.</source>
        <translation>Email Manager 将停止同步此账户，在可能的情况下请求提供商撤销其访问权限，并从此计算机删除登录信息。服务器上的邮件不受影响。</translation>
    </message>
    <message>
        <source>Also &amp;delete the mail stored on this computer (%1 messages)</source>
        <translation>同时删除存储在此计算机上的邮件（%1 封）(&amp;D)</translation>
    </message>
    <message>
        <source>Unchecked, the mail stays readable and searchable here.</source>
        <translation>若不勾选，邮件仍可在此阅读和搜索。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>断开连接(&amp;I)</translation>
    </message>
</context>
<context>
    <name>em::ui::EmailSettingsDialog</name>
    <message>
        <source>Email settings[*]</source>
        <translation>邮件设置[*]</translation>
    </message>
    <message>
        <source>The OAuth clients through which users connect their Gmail and Outlook accounts. An administrator sets them up once; the guide on the side shows how.</source>
        <translation>用户通过这些 OAuth 客户端连接其 Gmail 和 Outlook 账户。管理员只需设置一次；旁边的指南介绍了具体方法。</translation>
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
        <translation>配置指南</translation>
    </message>
    <message>
        <source>Sign-in &amp;timeout:</source>
        <translation>登录超时(&amp;T)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How long Email Manager waits for a sign-in in the browser. Saved for you.</source>
        <translation>Email Manager 等待您在浏览器中完成登录的时长。仅为您本人保存。</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>无需保存：没有更改任何设置。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The %1 settings were not saved: %2</source>
        <translation>未能保存 %1 设置：%2</translation>
    </message>
    <message>
        <source>Saving for all users of this computer needs administrator rights: start Email Manager as an administrator, or choose “Only for me”.</source>
        <translation>为此计算机的所有用户保存需要管理员权限：请以管理员身份启动 Email Manager，或选择“仅为我”。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to the email settings?</source>
        <translation>是否保存对邮件设置的更改？</translation>
    </message>
</context>
<context>
    <name>em::ui::FolderModel</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>已删除邮件</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾邮件</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要邮件</translation>
    </message>
    <message>
        <source>All Mail</source>
        <translation>所有邮件</translation>
    </message>
    <message>
        <source>Unified Inbox</source>
        <translation>统一收件箱</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>本地文件夹</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>论坛</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1：%n 封未读邮件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::MailboxController</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>未选择邮件</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>没有与“%1”匹配的邮件。</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>没有邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected</source>
        <translation>
            <numerusform>已选择 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除 %n 封邮件吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>找到 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
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
        <translation>尚无账户</translation>
    </message>
    <message>
        <source>Connect a Gmail or Outlook account, or import mail with File ▸ Import.</source>
        <translation>请连接 Gmail 或 Outlook 账户，或通过“文件 ▸ 导入邮件”导入邮件。</translation>
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
    <message>
        <source>&amp;Connect an account…</source>
        <translation>连接账户(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The mail store could not be opened, so accounts cannot be connected: %1</source>
        <translation>无法打开邮件库，因此无法连接账户：%1</translation>
    </message>
    <message>
        <source>Mail store</source>
        <translation>邮件库</translation>
    </message>
    <message>
        <source>The mail store %1 could not be opened: %2</source>
        <translation>无法打开邮件库 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Get mail</source>
        <translation>收取邮件(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Connect an account first (Settings ▸ Accounts)</source>
        <translation>请先连接账户（设置 ▸ 账户）</translation>
    </message>
    <message>
        <source>Offline: mail is checked as soon as the network is back</source>
        <translation>离线：网络恢复后将立即检查邮件</translation>
    </message>
    <message>
        <source>Check every account for new mail (%1)</source>
        <translation>检查所有账户的新邮件（%1）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Classic (reader below the list)</source>
        <translation>经典（阅读窗格在列表下方）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Wide (reader beside the list)</source>
        <translation>宽版（阅读窗格在列表旁边）(&amp;W)</translation>
    </message>
    <message>
        <source>Group by &amp;conversation</source>
        <translation>按会话分组(&amp;C)</translation>
    </message>
    <message>
        <source>Writing mail comes with the composer, in a later version</source>
        <translation>撰写邮件功能将随邮件编辑器在后续版本中提供</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>移动到(&amp;V)</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>切换已读状态(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>标记为已读(&amp;E)</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Search all mail (Ctrl+K)</source>
        <translation>搜索所有邮件（Ctrl+K）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words match anywhere in a message. Operators:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;from:&lt;/b&gt;anna&lt;/td&gt;&lt;td&gt;the sender&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;to:&lt;/b&gt; &lt;b&gt;cc:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;recipients&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;subject:&lt;/b&gt;invoice&lt;/td&gt;&lt;td&gt;the subject&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;has:&lt;/b&gt;attachment&lt;/td&gt;&lt;td&gt;with attachments&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:&lt;/b&gt;unread, read, starred, answered, draft&lt;/td&gt;&lt;td&gt;the message&apos;s state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;in:&lt;/b&gt;inbox &lt;b&gt;label:&lt;/b&gt;work&lt;/td&gt;&lt;td&gt;a folder or label&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;before:&lt;/b&gt;2026-01-31 &lt;b&gt;after:&lt;/b&gt;2025-12-01&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&quot;exact words&quot;&lt;/td&gt;&lt;td&gt;a phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;-word &amp;nbsp; -(a OR b)&lt;/td&gt;&lt;td&gt;without&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a OR b, ( … )&lt;/td&gt;&lt;td&gt;either, grouping&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;单词可匹配邮件中的任意位置。运算符：&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;from:&lt;/b&gt;anna&lt;/td&gt;&lt;td&gt;发件人&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;to:&lt;/b&gt; &lt;b&gt;cc:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;收件人&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;subject:&lt;/b&gt;发票&lt;/td&gt;&lt;td&gt;主题&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;has:&lt;/b&gt;attachment&lt;/td&gt;&lt;td&gt;带有附件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:&lt;/b&gt;unread, read, starred, answered, draft&lt;/td&gt;&lt;td&gt;邮件状态&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;in:&lt;/b&gt;inbox &lt;b&gt;label:&lt;/b&gt;work&lt;/td&gt;&lt;td&gt;文件夹或标签&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;before:&lt;/b&gt;2026-01-31 &lt;b&gt;after:&lt;/b&gt;2025-12-01&lt;/td&gt;&lt;td&gt;日期&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&quot;精确词语&quot;&lt;/td&gt;&lt;td&gt;短语&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;-word &amp;nbsp; -(a OR b)&lt;/td&gt;&lt;td&gt;排除&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a OR b, ( … )&lt;/td&gt;&lt;td&gt;任一项、分组&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageBanner</name>
    <message>
        <source>Note:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Please wait:</source>
        <translation>请稍候：</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>成功：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageListModel</name>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year: day and short month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（无收件人）</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（未知发件人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2
Date: %3</source>
        <translation>发件人：%1
主题：%2
日期：%3</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>未加星标</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>em::ui::MessageView</name>
    <message>
        <source>No message selected</source>
        <translation>未选择邮件</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（未知发件人）</translation>
    </message>
    <message>
        <source>Folded message: click or press Enter to show it.</source>
        <translation>已折叠的邮件：单击或按 Enter 键即可显示。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Fold this message</source>
        <translation>折叠此邮件</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>after the first fifty recipients</extracomment>
        <translation>
            <numerusform>等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>This message is damaged; what could be read is shown.</source>
        <translation>此邮件已损坏；仅显示能够读取的部分。</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>此邮件没有文本内容。</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>为保护您的隐私，已阻止远程内容。</translation>
    </message>
    <message>
        <source>Show once</source>
        <translation>显示一次</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>始终对此发件人显示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an attachment: its file name and size, &quot;report.pdf (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Unnamed attachment</source>
        <translation>未命名的附件</translation>
    </message>
</context>
<context>
    <name>em::ui::NewMailWatcher</name>
    <message>
        <source>The mail store %1 cannot be read.</source>
        <translation>无法读取邮件库 %1。</translation>
    </message>
</context>
<context>
    <name>em::ui::NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification for new mail</source>
        <translation>收到新邮件时显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>New messages in an Inbox are announced with their sender and subject, never their text. Mail downloaded when an account is first connected is not announced.</source>
        <translation>收件箱中的新邮件通知只显示发件人和主题，绝不显示邮件正文。首次连接账户时下载的邮件不会通知。</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>在系统托盘中显示未读邮件数(&amp;T)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the unread count cannot appear there.</source>
        <translation>此桌面没有系统托盘，因此无法在其中显示未读邮件数。</translation>
    </message>
</context>
<context>
    <name>em::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Email Manager.</source>
        <translation>新语言将在下次启动 Email Manager 时生效。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Mark a message read after</source>
        <translation>邮件标记为已读的延迟</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Only when I mark it</source>
        <translation>仅在我手动标记时</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>远程内容</translation>
    </message>
    <message>
        <source>Images and styles on the web are loaded without asking only for messages from these senders. Loading them tells the sender that you opened the message.</source>
        <translation>只有来自以下发件人的邮件，才会不经询问直接加载网络上的图片和样式。加载这些内容会让发件人知道您已打开该邮件。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>em::ui::ProviderForm</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>应用程序(客户端) ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>显示客户端密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>隐藏客户端密钥</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Client &amp;Secret (optional):</source>
        <translation>客户端密钥（可选）(&amp;S)：</translation>
    </message>
    <message>
        <source>Work, school and personal Microsoft accounts</source>
        <translation>工作、学校和个人 Microsoft 账户</translation>
    </message>
    <message>
        <source>Work and school accounts only</source>
        <translation>仅限工作和学校账户</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts only</source>
        <translation>仅限个人 Microsoft 账户</translation>
    </message>
    <message>
        <source>common, organizations, consumers, or your Directory (tenant) ID or domain</source>
        <translation>common、organizations、consumers，或您的目录(租户) ID 或域名</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation>重定向地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>授权 URL(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>令牌 URL(&amp;O)：</translation>
    </message>
    <message>
        <source>Re&amp;vocation URL:</source>
        <translation>撤销 URL(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;PI base URL:</source>
        <translation>API 基础 URL(&amp;P)：</translation>
    </message>
    <message>
        <source>URLs may contain {tenant}, replaced by the Tenant setting.</source>
        <translation>URL 中可以包含 {tenant}，它将被替换为“租户”设置的值。</translation>
    </message>
    <message>
        <source>Scopes requested:</source>
        <translation>请求的权限范围：</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Only for &amp;me</source>
        <translation>仅为我(&amp;M)</translation>
    </message>
    <message>
        <source>For all &amp;users of this computer</source>
        <translation>为此计算机的所有用户(&amp;U)</translation>
    </message>
    <message>
        <source>Needs administrator rights. Written to %1, which every user can read.</source>
        <translation>需要管理员权限。将写入 %1，所有用户均可读取该文件。</translation>
    </message>
    <message>
        <source>&amp;Lock: users cannot change these settings</source>
        <translation>锁定：用户无法更改这些设置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Test configuration</source>
        <translation>测试配置(&amp;T)</translation>
    </message>
    <message>
        <source>Asks %1 whether it accepts the values in this form (they need not be saved).</source>
        <translation>询问 %1 是否接受此表单中的值（无需先保存）。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Loading from the keychain…</source>
        <translation>正在从密钥环加载…</translation>
    </message>
    <message>
        <source>Could not be read from the keychain</source>
        <translation>无法从密钥环读取</translation>
    </message>
    <message>
        <source>Managed by your administrator. These %1 settings apply to every user of this computer and cannot be changed here.</source>
        <translation>由您的管理员管理。这些 %1 设置适用于此计算机的所有用户，无法在此处更改。</translation>
    </message>
    <message>
        <source>Empty: the Client ID for all users applies (%1)</source>
        <translation>留空：使用适用于所有用户的客户端 ID（%1）</translation>
    </message>
    <message>
        <source>Required by Google</source>
        <translation>Google 要求填写</translation>
    </message>
    <message>
        <source>Leave empty for a public client</source>
        <translation>公共客户端请留空</translation>
    </message>
    <message>
        <source>Default (http://%1)</source>
        <translation>默认（http://%1）</translation>
    </message>
    <message>
        <source>Email Manager announces http://%1:PORT/ as the redirect URI. Register http://%1 in the app registration (see the guide).</source>
        <translation>Email Manager 使用 http://%1:PORT/ 作为重定向 URI。请在应用注册中注册 http://%1（参见指南）。</translation>
    </message>
    <message>
        <source>In use now: no Client ID. %1 accounts cannot be connected yet.</source>
        <translation>当前使用：无客户端 ID。暂时无法连接 %1 账户。</translation>
    </message>
    <message>
        <source>In use now: Client ID %1 from your own settings.</source>
        <translation>当前使用：来自您个人设置的客户端 ID %1。</translation>
    </message>
    <message>
        <source>In use now: Client ID %1 from the settings for all users.</source>
        <translation>当前使用：来自所有用户设置的客户端 ID %1。</translation>
    </message>
    <message>
        <source>Asking %1 about these values…</source>
        <translation>正在向 %1 询问这些值…</translation>
    </message>
</context>
<context>
    <name>em::ui::ReaderController</name>
    <message>
        <source>This message is no longer here.</source>
        <translation>此邮件已不在此处。</translation>
    </message>
    <message>
        <source>The message could not be downloaded: %1</source>
        <translation>无法下载该邮件：%1</translation>
    </message>
    <message>
        <source>This message is not downloaded, and its account is not syncing now.</source>
        <translation>此邮件尚未下载，且其账户当前未在同步。</translation>
    </message>
</context>
<context>
    <name>em::ui::SafeTextBrowser</name>
    <message>
        <source>This message is too large to show with its formatting; its text is shown instead.</source>
        <translation>此邮件过大，无法按原格式显示；已改为显示其纯文本。</translation>
    </message>
    <message>
        <source>This message is too complex to show with its formatting; its text is shown instead.</source>
        <translation>此邮件过于复杂，无法按原格式显示；已改为显示其纯文本。</translation>
    </message>
    <message>
        <source>This message is too long to show in full; only its beginning is shown.</source>
        <translation>此邮件过长，无法完整显示；仅显示开头部分。</translation>
    </message>
    <message>
        <source>Only its beginning is shown.</source>
        <translation>仅显示开头部分。</translation>
    </message>
</context>
<context>
    <name>em::ui::SettingsHelp</name>
    <message>
        <source>Setting up Google (Gmail)</source>
        <translation>配置 Google (Gmail)</translation>
    </message>
    <message>
        <source>Create an OAuth client for Email Manager once, in the Google Cloud Console (%1). Users then only sign in.</source>
        <translation>在 Google Cloud Console（%1）中为 Email Manager 创建一次 OAuth 客户端即可。之后用户只需登录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a project&lt;/b&gt;: open the project picker at the top, choose &lt;i&gt;New project&lt;/i&gt;, name it and create it.</source>
        <translation>&lt;b&gt;创建项目&lt;/b&gt;：打开顶部的项目选择器，选择&lt;i&gt;新建项目&lt;/i&gt;，为其命名并创建。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable the Gmail API&lt;/b&gt;: &lt;i&gt;APIs &amp;amp; Services ▸ Library&lt;/i&gt;, search for “Gmail API” and press &lt;i&gt;Enable&lt;/i&gt;.</source>
        <translation>&lt;b&gt;启用 Gmail API&lt;/b&gt;：在&lt;i&gt;API 和服务 ▸ 库&lt;/i&gt;中搜索“Gmail API”，然后点击&lt;i&gt;启用&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configure the OAuth consent screen&lt;/b&gt; (&lt;i&gt;APIs &amp;amp; Services ▸ OAuth consent screen&lt;/i&gt;): choose &lt;i&gt;Internal&lt;/i&gt; when only accounts of your Google Workspace organization will sign in, otherwise &lt;i&gt;External&lt;/i&gt;. Enter the app name, a support address and a developer contact.</source>
        <translation>&lt;b&gt;配置 OAuth 同意屏幕&lt;/b&gt;（&lt;i&gt;API 和服务 ▸ OAuth 同意屏幕&lt;/i&gt;）：如果只有您的 Google Workspace 组织内的账户会登录，请选择&lt;i&gt;内部&lt;/i&gt;，否则选择&lt;i&gt;外部&lt;/i&gt;。填写应用名称、支持邮箱地址和开发者联系信息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add the scopes&lt;/b&gt; Email Manager asks for: %1, %2, %3 and %4.</source>
        <translation>&lt;b&gt;添加 Email Manager 所需的权限范围&lt;/b&gt;：%1、%2、%3 和 %4。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add test users&lt;/b&gt;: while an External app is in “Testing”, only the Google accounts listed here can sign in.</source>
        <translation>&lt;b&gt;添加测试用户&lt;/b&gt;：当外部应用处于“测试”状态时，只有此处列出的 Google 账户才能登录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create the client&lt;/b&gt;: &lt;i&gt;Credentials ▸ Create credentials ▸ OAuth client ID&lt;/i&gt;, application type &lt;b&gt;Desktop app&lt;/b&gt;. No redirect URI is needed: Google accepts any loopback address for desktop apps.</source>
        <translation>&lt;b&gt;创建客户端&lt;/b&gt;：&lt;i&gt;凭据 ▸ 创建凭据 ▸ OAuth 客户端 ID&lt;/i&gt;，应用类型选择&lt;b&gt;桌面应用&lt;/b&gt;。无需重定向 URI：对于桌面应用，Google 接受任何环回地址。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the Client ID and the Client Secret&lt;/b&gt; into the fields of the Google tab, then press &lt;i&gt;Test configuration&lt;/i&gt;.</source>
        <translation>&lt;b&gt;将客户端 ID 和客户端密钥复制&lt;/b&gt;到 Google 选项卡的相应字段中，然后点击&lt;i&gt;测试配置&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>须知</translation>
    </message>
    <message>
        <source>The Gmail scopes are &lt;b&gt;restricted&lt;/b&gt;: before an External app may be used by everyone, Google must verify it (with a security assessment). Internal apps and apps in testing need no verification.</source>
        <translation>Gmail 的权限范围属于&lt;b&gt;受限&lt;/b&gt;范围：外部应用在向所有人开放之前，必须通过 Google 的验证（包括安全评估）。内部应用和处于测试阶段的应用无需验证。</translation>
    </message>
    <message>
        <source>While the consent screen is in &lt;b&gt;Testing&lt;/b&gt;, Google lets sign-ins expire after &lt;b&gt;7 days&lt;/b&gt;: users will then be asked to re-authorize their account. Publish the app, or make it Internal, to avoid this.</source>
        <translation>当同意屏幕处于&lt;b&gt;测试&lt;/b&gt;状态时，Google 会让登录在 &lt;b&gt;7 天&lt;/b&gt;后过期：届时用户需要重新授权其账户。要避免这种情况，请发布应用，或将其设为内部应用。</translation>
    </message>
    <message>
        <source>Google does not treat the secret of a desktop app as confidential. Email Manager still keeps a user&apos;s own Client Secret in the system keychain.</source>
        <translation>Google 不将桌面应用的密钥视为机密信息。尽管如此，Email Manager 仍会将用户自己的客户端密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Setting up Microsoft (Outlook, Microsoft 365)</source>
        <translation>配置 Microsoft (Outlook, Microsoft 365)</translation>
    </message>
    <message>
        <source>Register Email Manager once in the Microsoft Entra admin center (%1) or in the Azure portal.</source>
        <translation>在 Microsoft Entra 管理中心（%1）或 Azure 门户中注册一次 Email Manager 即可。</translation>
    </message>
    <message>
        <source>accounts in this organizational directory only: your &lt;b&gt;Directory (tenant) ID&lt;/b&gt; or domain</source>
        <translation>仅此组织目录中的账户：您的&lt;b&gt;目录(租户) ID&lt;/b&gt; 或域名</translation>
    </message>
    <message>
        <source>accounts in any organizational directory: %1</source>
        <translation>任何组织目录中的账户：%1</translation>
    </message>
    <message>
        <source>any organizational directory and personal Microsoft accounts: %1</source>
        <translation>任何组织目录中的账户和个人 Microsoft 账户：%1</translation>
    </message>
    <message>
        <source>personal Microsoft accounts only: %1</source>
        <translation>仅个人 Microsoft 账户：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Identity ▸ Applications ▸ App registrations ▸ &lt;b&gt;New registration&lt;/b&gt;&lt;/i&gt;; give it a name.</source>
        <translation>&lt;i&gt;标识 ▸ 应用程序 ▸ 应用注册 ▸ &lt;b&gt;新注册&lt;/b&gt;&lt;/i&gt;；为其命名。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supported account types&lt;/b&gt; decide the Tenant setting:</source>
        <translation>&lt;b&gt;受支持的账户类型&lt;/b&gt;决定“租户”设置：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redirect URI&lt;/b&gt;: platform &lt;b&gt;Mobile and desktop applications&lt;/b&gt;, URI %1. This matches the “Redirect address” setting; Microsoft ignores the port of a loopback address. If the form does not accept it, add it in the app&apos;s &lt;i&gt;Manifest&lt;/i&gt;.</source>
        <translation>&lt;b&gt;重定向 URI&lt;/b&gt;：平台选择&lt;b&gt;移动和桌面应用程序&lt;/b&gt;，URI 为 %1。这与“重定向地址”设置一致；Microsoft 会忽略环回地址的端口。如果表单不接受该 URI，请在应用的&lt;i&gt;清单&lt;/i&gt;中添加。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Authentication&lt;/i&gt;: set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;i&gt;Yes&lt;/i&gt;.</source>
        <translation>&lt;i&gt;身份验证&lt;/i&gt;：将&lt;b&gt;允许公共客户端流&lt;/b&gt;设为&lt;i&gt;是&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>&lt;i&gt;API permissions ▸ Add a permission ▸ Microsoft Graph ▸ Delegated permissions&lt;/i&gt;: %1.</source>
        <translation>&lt;i&gt;API 权限 ▸ 添加权限 ▸ Microsoft Graph ▸ 委托的权限&lt;/i&gt;：%1。</translation>
    </message>
    <message>
        <source>For an organization, press &lt;b&gt;Grant admin consent&lt;/b&gt;: otherwise users are told that an administrator must approve the app when they sign in.</source>
        <translation>对于组织，请点击&lt;b&gt;授予管理员同意&lt;/b&gt;：否则用户在登录时会被告知必须由管理员批准该应用。</translation>
    </message>
    <message>
        <source>Copy the &lt;b&gt;Application (client) ID&lt;/b&gt; from the app&apos;s Overview into the Client ID field (and the Directory (tenant) ID into Tenant when only your organization signs in), then press &lt;i&gt;Test configuration&lt;/i&gt;.</source>
        <translation>从应用的“概述”页面将&lt;b&gt;应用程序(客户端) ID&lt;/b&gt; 复制到“客户端 ID”字段中（如果只有您的组织会登录，还需将目录(租户) ID 复制到“租户”字段），然后点击&lt;i&gt;测试配置&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No client secret is needed&lt;/b&gt;: a desktop app is a public client. Leave the Client Secret empty.</source>
        <translation>&lt;b&gt;无需客户端密钥&lt;/b&gt;：桌面应用属于公共客户端。请将客户端密钥留空。</translation>
    </message>
</context>
<context>
    <name>em::ui::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>Only when I press Get mail</source>
        <translation>仅在我点击“收取邮件”时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Check for new &amp;mail every:</source>
        <translation>检查新邮件的间隔(&amp;M)：</translation>
    </message>
    <message>
        <source>None: download messages when opened</source>
        <translation>无：打开邮件时再下载</translation>
    </message>
    <message>
        <source>&amp;Download the most recent messages in full:</source>
        <translation>完整下载的最新邮件数(&amp;D)：</translation>
    </message>
    <message>
        <source>Every message is listed at once. The most recent ones are also downloaded in full after each check, so that they open at once and can be read offline; older messages are downloaded when you open them.</source>
        <translation>所有邮件都会立即列出。每次检查后，最新的邮件还会被完整下载，以便立即打开并可离线阅读；较早的邮件将在您打开时下载。</translation>
    </message>
</context>
<context>
    <name>em::ui::SyncStatus</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The computer is not connected to a network. Mail is checked again as soon as it is.</source>
        <translation>此计算机未连接到网络。网络连接后将立即再次检查邮件。</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>%1: Checking for new mail…</source>
        <translation>%1：正在检查新邮件…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4</source>
        <extracomment>account: what the sync does, how far it is: &quot;alice@gmail.com: Downloading message list 1,500 of 24,000&quot;</extracomment>
        <translation>%1：%2 %3/%4</translation>
    </message>
    <message>
        <source>Mail not checked yet</source>
        <translation>尚未检查邮件</translation>
    </message>
    <message>
        <source>Mail checked at %1</source>
        <translation>已于 %1 检查邮件</translation>
    </message>
    <message>
        <source>Mail checked on %1</source>
        <translation>已于 %1 检查邮件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>account address: why it cannot sync, or how its last sync went wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>同步失败。</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>重新登录 %1</translation>
    </message>
    <message>
        <source>Open Email settings</source>
        <translation>打开邮件设置</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>the progress of one account, then how many others are syncing too</extracomment>
        <translation>
            <numerusform>%1（另有 %n 个账户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>the first account&apos;s problem, then how many other accounts have one</extracomment>
        <translation>
            <numerusform>（另有 %n 个账户）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::UnreadTray</name>
    <message>
        <source>&amp;Show Email Manager</source>
        <translation>显示 Email Manager(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Get mail</source>
        <translation>收取邮件(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Email Manager — no unread mail</source>
        <translation>Email Manager — 没有未读邮件</translation>
    </message>
    <message numerus="yes">
        <source>Email Manager — %n unread</source>
        <translation>
            <numerusform>Email Manager — %n 封未读邮件</numerusform>
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
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is not a folder.</source>
        <translation>无法创建文件夹 %1：%2 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot set the permissions of the folder %1: %2</source>
        <translation>无法设置文件夹 %1 的权限：%2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>无法设置 %1 的权限：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>A file named %1 already exists.</source>
        <translation>已存在名为 %1 的文件。</translation>
    </message>
    <message>
        <source>You do not have permission to write %1.</source>
        <translation>您没有写入 %1 的权限。</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save %1.</source>
        <translation>磁盘空间不足，无法保存 %1。</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is read-only.</source>
        <translation>无法保存 %1：磁盘是只读的。</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist.</source>
        <translation>无法保存 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot save %1: the name is too long.</source>
        <translation>无法保存 %1：名称过长。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot save %1 outside the folder %2.</source>
        <translation>无法将 %1 保存到文件夹 %2 之外。</translation>
    </message>
    <message>
        <source>There are too many files named like %1 in %2.</source>
        <translation>%2 中名称与 %1 类似的文件过多。</translation>
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
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>re-authorization required</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>name one account address</source>
        <translation>请指定一个账户地址</translation>
    </message>
    <message>
        <source>no account %1 (see &apos;emailctl accounts list&apos;)</source>
        <translation>没有账户 %1（请参阅 &apos;emailctl accounts list&apos;）</translation>
    </message>
    <message>
        <source>%1 is connected with more than one provider: add --provider</source>
        <translation>%1 通过多个提供商连接：请添加 --provider</translation>
    </message>
    <message>
        <source>List the accounts with their state and last sync.</source>
        <translation>列出账户及其状态和上次同步时间。</translation>
    </message>
    <message>
        <source>No accounts. Connect one with &apos;emailctl accounts connect google|microsoft&apos;.</source>
        <translation>没有账户。请使用 &apos;emailctl accounts connect google|microsoft&apos; 连接账户。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout 需要一个秒数</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser. If it does not open, open this address:</source>
        <translation>请在浏览器中通过 %1 登录。如果浏览器没有打开，请打开此地址：</translation>
    </message>
    <message>
        <source>Waiting for the browser… (Ctrl+C to cancel)</source>
        <translation>正在等待浏览器…（按 Ctrl+C 取消）</translation>
    </message>
    <message>
        <source>could not open a browser; open the address above yourself</source>
        <translation>无法打开浏览器；请自行打开上面的地址</translation>
    </message>
    <message>
        <source>Connected %1 (%2).</source>
        <translation>已连接 %1（%2）。</translation>
    </message>
    <message>
        <source>Only print the sign-in address; do not open a browser.</source>
        <translation>仅输出登录地址；不打开浏览器。</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default: the sign-in timeout setting, 300).</source>
        <translation>在 SECONDS 秒后放弃（默认：登录超时设置，300）。</translation>
    </message>
    <message>
        <source>google or microsoft</source>
        <translation>google 或 microsoft</translation>
    </message>
    <message>
        <source>Connect an account: sign in with the provider in the browser.</source>
        <translation>连接账户：在浏览器中通过提供商登录。</translation>
    </message>
    <message>
        <source>name one provider: google or microsoft</source>
        <translation>请指定一个提供商：google 或 microsoft</translation>
    </message>
    <message>
        <source>The account to sign in again.</source>
        <translation>要重新登录的账户。</translation>
    </message>
    <message>
        <source>google or microsoft, when the address has both.</source>
        <translation>google 或 microsoft，当该地址同时属于两者时使用。</translation>
    </message>
    <message>
        <source>Sign in again to an account that needs it.</source>
        <translation>重新登录需要重新授权的账户。</translation>
    </message>
    <message>
        <source>The account to disconnect.</source>
        <translation>要断开连接的账户。</translation>
    </message>
    <message>
        <source>Also delete the account&apos;s mail stored on this computer.</source>
        <translation>同时删除此计算机上存储的该账户邮件。</translation>
    </message>
    <message>
        <source>Disconnect an account: revoke access, delete its keychain entry, and keep (or with --delete-data delete) its local mail.</source>
        <translation>断开账户连接：撤销访问权限，删除其密钥环条目，并保留（或使用 --delete-data 删除）其本地邮件。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Disconnected %1 and deleted its local mail.</source>
        <translation>已断开 %1 的连接并删除其本地邮件。</translation>
    </message>
    <message>
        <source>Disconnected %1; its local mail is kept.</source>
        <translation>已断开 %1 的连接；其本地邮件已保留。</translation>
    </message>
    <message>
        <source>Usage: emailctl accounts list|connect|reauth|disconnect [options]
Run &apos;emailctl accounts connect --help&apos; for the options of a subcommand.
</source>
        <translation>用法：emailctl accounts list|connect|reauth|disconnect [options]
运行 &apos;emailctl accounts connect --help&apos; 可查看子命令的选项。
</translation>
    </message>
    <message>
        <source>expected list, connect, reauth or disconnect</source>
        <translation>应为 list、connect、reauth 或 disconnect</translation>
    </message>
    <message>
        <source>Authorization endpoint URL.</source>
        <translation>授权端点 URL。</translation>
    </message>
    <message>
        <source>Token endpoint URL.</source>
        <translation>令牌端点 URL。</translation>
    </message>
    <message>
        <source>Revocation endpoint URL.</source>
        <translation>撤销端点 URL。</translation>
    </message>
    <message>
        <source>API base URL (Gmail or Graph).</source>
        <translation>API 基础 URL（Gmail 或 Graph）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1 holds no %2 client</source>
        <translation>%1 中没有 %2 客户端</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (it would show in the process list and the shell history); use --client-secret-stdin or --client-secret-file FILE</source>
        <translation>不接受在命令行中直接提供客户端密钥（它会出现在进程列表和 shell 历史记录中）；请使用 --client-secret-stdin 或 --client-secret-file FILE</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>OAuth 客户端 ID。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>从标准输入读取客户端密钥。</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>从 FILE 读取客户端密钥。</translation>
    </message>
    <message>
        <source>Microsoft tenant: common, organizations, consumers or a tenant ID.</source>
        <translation>Microsoft 租户：common、organizations、consumers 或租户 ID。</translation>
    </message>
    <message>
        <source>Host announced in the redirect URI: 127.0.0.1 or localhost.</source>
        <translation>重定向 URI 中使用的主机：127.0.0.1 或 localhost。</translation>
    </message>
    <message>
        <source>Take the client (id, secret, endpoints) from a JSON file: the client file downloaded from Google Cloud Console, or the emulator&apos;s configuration. Other options override it.</source>
        <translation>从 JSON 文件读取客户端信息（ID、密钥、端点）：可以是从 Google Cloud Console 下载的客户端文件，也可以是模拟器的配置。其他选项会覆盖其中的值。</translation>
    </message>
    <message>
        <source>Write the settings for every user of this computer (needs root).</source>
        <translation>为此计算机的所有用户写入设置（需要 root 权限）。</translation>
    </message>
    <message>
        <source>With --system: users cannot change these settings.</source>
        <translation>与 --system 一起使用：用户无法更改这些设置。</translation>
    </message>
    <message>
        <source>Set the OAuth client of a provider.</source>
        <translation>设置提供商的 OAuth 客户端。</translation>
    </message>
    <message>
        <source>use either --client-secret-stdin or --client-secret-file</source>
        <translation>--client-secret-stdin 和 --client-secret-file 只能使用其中之一</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>the %1 settings are managed by your administrator and cannot be changed</source>
        <translation>%1 设置由您的管理员管理，无法更改</translation>
    </message>
    <message>
        <source>%1 settings saved (%2).</source>
        <translation>%1 设置已保存（%2）。</translation>
    </message>
    <message>
        <source>google or microsoft (default: both)</source>
        <translation>google 或 microsoft（默认：两者）</translation>
    </message>
    <message>
        <source>Show the provider settings in effect and where they come from (never the secret).</source>
        <translation>显示当前生效的提供商设置及其来源（从不显示密钥）。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>set (keychain)</source>
        <translation>已设置（密钥环）</translation>
    </message>
    <message>
        <source>set (system file)</source>
        <translation>已设置（系统文件）</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>redirect host</source>
        <translation>重定向主机</translation>
    </message>
    <message>
        <source>auth url</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <source>token url</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <source>revoke url</source>
        <translation>撤销 URL</translation>
    </message>
    <message>
        <source>api url</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>yes, managed by the administrator</source>
        <translation>是，由管理员管理</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remove the settings for every user (needs root).</source>
        <translation>移除所有用户的设置（需要 root 权限）。</translation>
    </message>
    <message>
        <source>Remove a provider&apos;s settings of one scope.</source>
        <translation>移除提供商在某一作用域（用户或系统）中的设置。</translation>
    </message>
    <message>
        <source>%1 settings removed.</source>
        <translation>%1 设置已移除。</translation>
    </message>
    <message>
        <source>Usage: emailctl provider set|show|unset [options]
Run &apos;emailctl provider set --help&apos; for the options of a subcommand.
</source>
        <translation>用法：emailctl provider set|show|unset [options]
运行 &apos;emailctl provider set --help&apos; 可查看子命令的选项。
</translation>
    </message>
    <message>
        <source>expected set, show or unset</source>
        <translation>应为 set、show 或 unset</translation>
    </message>
    <message>
        <source>Set, show or unset the OAuth client of Google or Microsoft</source>
        <translation>设置、显示或取消设置 Google 或 Microsoft 的 OAuth 客户端</translation>
    </message>
    <message>
        <source>List, connect, re-authorize and disconnect accounts</source>
        <translation>列出、连接、重新授权和断开连接账户</translation>
    </message>
    <message>
        <source>With --system: let users change these settings again.</source>
        <translation>与 --system 一起使用：重新允许用户更改这些设置。</translation>
    </message>
    <message>
        <source>--lock and --unlock only apply to --system settings</source>
        <translation>--lock 和 --unlock 仅适用于 --system 设置</translation>
    </message>
    <message>
        <source>use either --lock or --unlock</source>
        <translation>请只使用 --lock 或 --unlock 其中之一</translation>
    </message>
    <message>
        <source>warning: the client ID changed, so the previous client secret was removed</source>
        <translation>警告：客户端 ID 已更改，因此已删除之前的客户端密钥</translation>
    </message>
    <message>
        <source>Message ids, as &apos;emailctl search --json&apos; shows them.</source>
        <translation>邮件 ID，即 &apos;emailctl search --json&apos; 所显示的 ID。</translation>
    </message>
    <message>
        <source>Only queue the change; the next sync sends it.</source>
        <translation>仅将更改加入队列；下次同步时发送。</translation>
    </message>
    <message>
        <source>no folder %1 in this account</source>
        <translation>此账户中没有文件夹 %1</translation>
    </message>
    <message>
        <source>name at least one message id</source>
        <translation>请至少指定一个邮件 ID</translation>
    </message>
    <message>
        <source>%1 is not a message id</source>
        <translation>%1 不是邮件 ID</translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation>邮件 %1：%2</translation>
    </message>
    <message>
        <source>imported mail (Local Folders) has no server to change</source>
        <translation>导入的邮件（本地文件夹）没有可供更改的服务器</translation>
    </message>
    <message>
        <source>Queued; the next sync sends it.</source>
        <translation>已加入队列；下次同步时发送。</translation>
    </message>
    <message>
        <source>The change is made here and stays queued until the server takes it.</source>
        <translation>更改已在本地生效，并将保留在队列中，直到服务器接受为止。</translation>
    </message>
    <message>
        <source>Mark as read.</source>
        <translation>标记为已读。</translation>
    </message>
    <message>
        <source>Mark as unread.</source>
        <translation>标记为未读。</translation>
    </message>
    <message>
        <source>Star.</source>
        <translation>加星标。</translation>
    </message>
    <message>
        <source>Remove the star.</source>
        <translation>移除星标。</translation>
    </message>
    <message>
        <source>Mark messages read or unread, starred or not.</source>
        <translation>将邮件标记为已读或未读，加星标或取消星标。</translation>
    </message>
    <message>
        <source>give one of --read, --unread, --star, --unstar</source>
        <translation>请指定 --read、--unread、--star、--unstar 其中之一</translation>
    </message>
    <message>
        <source>The folder or label to move to.</source>
        <translation>要移动到的文件夹或标签。</translation>
    </message>
    <message>
        <source>Gmail: the label to take away (default: Inbox).</source>
        <translation>Gmail：要移除的标签（默认：收件箱）。</translation>
    </message>
    <message>
        <source>Archive (out of the Inbox).</source>
        <translation>归档（移出收件箱）。</translation>
    </message>
    <message>
        <source>Move messages to a folder, or archive them.</source>
        <translation>将邮件移动到文件夹，或将其归档。</translation>
    </message>
    <message>
        <source>give --to FOLDER or --archive</source>
        <translation>请指定 --to FOLDER 或 --archive</translation>
    </message>
    <message>
        <source>Take the messages out of the Trash.</source>
        <translation>将邮件从“已删除邮件”中移出。</translation>
    </message>
    <message>
        <source>Delete for good (Gmail: needs full mail access, not only gmail.modify).</source>
        <translation>永久删除（Gmail：需要完整的邮件访问权限，仅有 gmail.modify 不够）。</translation>
    </message>
    <message>
        <source>Move messages to the Trash, out of it, or delete them for good.</source>
        <translation>将邮件移到“已删除邮件”、从中移出，或永久删除。</translation>
    </message>
    <message>
        <source>--undo and --permanent do not go together</source>
        <translation>--undo 和 --permanent 不能同时使用</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新邮件 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>已更改 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>已移除 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bodies downloaded</source>
        <translation>
            <numerusform>已下载 %n 封邮件正文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes sent</source>
        <translation>
            <numerusform>已发送您的 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes dropped (the messages were gone)</source>
        <translation>
            <numerusform>已丢弃 %n 项更改（邮件已不存在）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable messages kept and flagged</source>
        <translation>
            <numerusform>已保留并标记 %n 封无法读取的邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>not in step</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>The account to sync; all accounts when left out.</source>
        <translation>要同步的账户；省略时同步所有账户。</translation>
    </message>
    <message>
        <source>Download the bodies of the newest N messages (default 50).</source>
        <translation>下载最新 N 封邮件的正文（默认 50）。</translation>
    </message>
    <message>
        <source>Print only the outcome.</source>
        <translation>仅输出结果。</translation>
    </message>
    <message>
        <source>Sync accounts now: send queued changes, then fetch what changed on the server. Exits 0 only when every account is in step.</source>
        <translation>立即同步账户：先发送队列中的更改，再获取服务器上的变化。仅当所有账户均已同步时，退出码才为 0。</translation>
    </message>
    <message>
        <source>--prefetch takes a number</source>
        <translation>--prefetch 需要一个数字</translation>
    </message>
    <message>
        <source>name at most one account</source>
        <translation>最多只能指定一个账户</translation>
    </message>
    <message>
        <source>No accounts to sync. Connect one with &apos;emailctl accounts connect google|microsoft&apos;.</source>
        <translation>没有可同步的账户。请使用 &apos;emailctl accounts connect google|microsoft&apos; 连接账户。</translation>
    </message>
    <message>
        <source>Sync accounts now and report what changed</source>
        <translation>立即同步账户并报告变化</translation>
    </message>
    <message>
        <source>Mark messages read, unread, starred or unstarred</source>
        <translation>将邮件标记为已读、未读、加星标或取消星标</translation>
    </message>
    <message>
        <source>Move messages to a folder or label, or archive them</source>
        <translation>将邮件移动到文件夹或标签，或将其归档</translation>
    </message>
    <message>
        <source>Move messages to the Trash, or out of it</source>
        <translation>将邮件移到“已删除邮件”，或从中移出</translation>
    </message>
</context>
</TS>
