#include "settingshelp.h"

#include <QStringList>

namespace em::ui {

namespace {

QString list(const char *tag, const QStringList &items)
{
    QString html = u'<' + QLatin1String(tag) + u'>';
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"margin-bottom:4px\">") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</") + QLatin1String(tag) + u'>';
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + text.toHtmlEscaped() + QStringLiteral("</code>");
}

} // namespace

QString SettingsHelp::google()
{
    QString html = QStringLiteral("<h3>") + tr("Setting up Google (Gmail)") + QStringLiteral("</h3>");
    html += QStringLiteral("<p>") +
            tr("Create an OAuth client for Email Manager once, in the Google Cloud Console (%1). Users then "
               "only sign in.")
                .arg(QStringLiteral("<a href=\"https://console.cloud.google.com/\">console.cloud.google.com</a>")) +
            QStringLiteral("</p>");
    html += list(
        "ol",
        {
            tr("<b>Create a project</b>: open the project picker at the top, choose <i>New project</i>, name it and "
               "create it."),
            tr("<b>Enable the Gmail API</b>: <i>APIs &amp; Services ▸ Library</i>, search for “Gmail API” and press "
               "<i>Enable</i>."),
            tr("<b>Configure the OAuth consent screen</b> (<i>APIs &amp; Services ▸ OAuth consent screen</i>): choose "
               "<i>Internal</i> when only accounts of your Google Workspace organization will sign in, otherwise "
               "<i>External</i>. Enter the app name, a support address and a developer contact."),
            tr("<b>Add the scopes</b> Email Manager asks for: %1, %2, %3 and %4.")
                .arg(code(QStringLiteral("https://www.googleapis.com/auth/gmail.modify")),
                     code(QStringLiteral("openid")), code(QStringLiteral("email")), code(QStringLiteral("profile"))),
            tr("<b>Add test users</b>: while an External app is in “Testing”, only the Google accounts listed here can "
               "sign in."),
            tr("<b>Create the client</b>: <i>Credentials ▸ Create credentials ▸ OAuth client ID</i>, application type "
               "<b>Desktop app</b>. No redirect URI is needed: Google accepts any loopback address for desktop apps."),
            tr("<b>Copy the Client ID and the Client Secret</b> into the fields of the Google tab, then press <i>Test "
               "configuration</i>."),
        });
    html += QStringLiteral("<h4>") + tr("Good to know") + QStringLiteral("</h4>");
    html += list(
        "ul",
        {
            tr("The Gmail scopes are <b>restricted</b>: before an External app may be used by everyone, Google must "
               "verify it (with a security assessment). Internal apps and apps in testing need no verification."),
            tr("While the consent screen is in <b>Testing</b>, Google lets sign-ins expire after <b>7 days</b>: users "
               "will then be asked to re-authorize their account. Publish the app, or make it Internal, to avoid "
               "this."),
            tr("Google does not treat the secret of a desktop app as confidential. Email Manager still keeps a user's "
               "own Client Secret in the system keychain."),
        });
    return html;
}

QString SettingsHelp::microsoft(const QString &redirectHost)
{
    const QString redirect =
        QStringLiteral("http://") +
        (redirectHost == QLatin1String("localhost") ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    QString html =
        QStringLiteral("<h3>") + tr("Setting up Microsoft (Outlook, Microsoft 365)") + QStringLiteral("</h3>");
    html += QStringLiteral("<p>") +
            tr("Register Email Manager once in the Microsoft Entra admin center (%1) or in the Azure portal.")
                .arg(QStringLiteral("<a href=\"https://entra.microsoft.com/\">entra.microsoft.com</a>")) +
            QStringLiteral("</p>");
    const QString tenants = list(
        "ul",
        {
            tr("accounts in this organizational directory only: your <b>Directory (tenant) ID</b> or domain"),
            tr("accounts in any organizational directory: %1").arg(code(QStringLiteral("organizations"))),
            tr("any organizational directory and personal Microsoft accounts: %1").arg(code(QStringLiteral("common"))),
            tr("personal Microsoft accounts only: %1").arg(code(QStringLiteral("consumers"))),
        });
    html += list(
        "ol",
        {
            tr("<i>Identity ▸ Applications ▸ App registrations ▸ <b>New registration</b></i>; give it a name."),
            tr("<b>Supported account types</b> decide the Tenant setting:") + tenants,
            tr("<b>Redirect URI</b>: platform <b>Mobile and desktop applications</b>, URI %1. This matches the "
               "“Redirect address” setting; Microsoft ignores the port of a loopback address. If the form does not "
               "accept it, add it in the app's <i>Manifest</i>.")
                .arg(QStringLiteral("<b>") + code(redirect) + QStringLiteral("</b>")),
            tr("<i>Authentication</i>: set <b>Allow public client flows</b> to <i>Yes</i>."),
            tr("<i>API permissions ▸ Add a permission ▸ Microsoft Graph ▸ Delegated permissions</i>: %1.")
                .arg(code(QStringLiteral("Mail.ReadWrite")) + QStringLiteral(", ") + code(QStringLiteral("Mail.Send")) +
                     QStringLiteral(", ") + code(QStringLiteral("User.Read")) + QStringLiteral(", ") +
                     code(QStringLiteral("offline_access")) + QStringLiteral(", ") + code(QStringLiteral("openid")) +
                     QStringLiteral(", ") + code(QStringLiteral("email")) + QStringLiteral(", ") +
                     code(QStringLiteral("profile"))),
            tr("For an organization, press <b>Grant admin consent</b>: otherwise users are told that an administrator "
               "must approve the app when they sign in."),
            tr("Copy the <b>Application (client) ID</b> from the app's Overview into the Client ID field (and the "
               "Directory (tenant) ID into Tenant when only your organization signs in), then press <i>Test "
               "configuration</i>."),
        });
    html += QStringLiteral("<p>") +
            tr("<b>No client secret is needed</b>: a desktop app is a public client. Leave the Client Secret empty.") +
            QStringLiteral("</p>");
    return html;
}

} // namespace em::ui
