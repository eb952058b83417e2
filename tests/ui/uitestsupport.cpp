#include "uitestsupport.h"

#include "sandbox.h"
#include "settings/providersettings.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QTcpServer>
#include <QTest>

namespace em::test {

QString screenshotDir()
{
    const QString dir = binaryPath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    // Layouts settle and newly added children show through posted events: let them run.
    QTest::qWait(50);
    return widget->grab().toImage().save(screenshotDir() + u'/' + name + QStringLiteral(".png"));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

settings::ProviderConfig emulatorConfig(const sandbox::Sandbox &sandbox, settings::Provider provider)
{
    const QJsonObject all = sandbox.clientConfig();
    const QJsonObject o = all.value(settings::providerId(provider)).toObject();
    settings::ProviderConfig c;
    c.provider = provider;
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.clientSecret = o.value(QStringLiteral("client_secret")).toString();
    c.tenant = o.value(QStringLiteral("tenant")).toString();
    c.authUrl = o.value(QStringLiteral("auth_url")).toString();
    c.tokenUrl = o.value(QStringLiteral("token_url")).toString();
    c.revokeUrl = o.value(QStringLiteral("revoke_url")).toString();
    c.apiUrl = o.value(QStringLiteral("api_url")).toString();
    return c;
}

void configureEmulator(settings::ProviderSettings &settings, const sandbox::Sandbox &sandbox)
{
    for (settings::Provider p : {settings::Provider::Google, settings::Provider::Microsoft})
        settings.save(settings::Scope::System, emulatorConfig(sandbox, p));
}

Hebrew::Hebrew()
{
    m_loaded = m_translator.load(QStringLiteral("email-manager_he"), binaryPath(QStringLiteral("app/gui")));
    if (m_loaded)
        QApplication::installTranslator(&m_translator);
    // Qt's own strings (standard buttons), as the app loads them (qt6-translations-l10n).
    m_loaded = m_loaded && m_qt.load(QStringLiteral("qtbase_he"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QApplication::installTranslator(&m_qt);
    QApplication::setLayoutDirection(Qt::RightToLeft);
}

Hebrew::~Hebrew()
{
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qt);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

} // namespace em::test
