#pragma once

#include "settings/providerconfig.h"

#include <QString>
#include <QTranslator>

class QLineEdit;
class QWidget;

namespace em::settings {
class ProviderSettings;
}
namespace em::sandbox {
class Sandbox;
}

namespace em::test {

// <build>/screenshots, created on demand.
QString screenshotDir();
// Grabs a shown widget into screenshots/NAME.png; false when it could not be saved.
bool saveScreenshot(QWidget *widget, const QString &name);

// Types as a user would: clears the field, then sends the keys (so textEdited fires).
void typeInto(QLineEdit *edit, const QString &text);

// The emulator's OAuth client of one provider, as the Email settings fields would hold it.
settings::ProviderConfig emulatorConfig(const sandbox::Sandbox &sandbox, settings::Provider provider);
// Writes both providers' emulator clients into the system file (the administrator's setup).
void configureEmulator(settings::ProviderSettings &settings, const sandbox::Sandbox &sandbox);

// The app's Hebrew translation and right-to-left layout while it lives.
class Hebrew
{
public:
    Hebrew();
    ~Hebrew();
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QTranslator m_qt;
    bool m_loaded = false;
};

} // namespace em::test
