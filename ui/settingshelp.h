#pragma once

#include <QCoreApplication>
#include <QString>

namespace em::ui {

// The administrator's walk-through shown beside the Email settings forms: how to create
// the OAuth client at Google and the app registration at Microsoft. Rich text.
class SettingsHelp
{
    Q_DECLARE_TR_FUNCTIONS(em::ui::SettingsHelp)
public:
    static QString google();
    // The redirect URI to register follows the "redirect address" setting (127.0.0.1 or localhost).
    static QString microsoft(const QString &redirectHost);
};

} // namespace em::ui
