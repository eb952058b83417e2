#pragma once

#include <QMainWindow>

class QAction;

namespace em::ui {

// The main window: menus, toolbar and the three panes (folders, list, reader) as they
// arrive. Holds no business logic: actions are wired to core objects by the app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *importAction() const { return m_import; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *emailSettingsAction() const { return m_emailSettings; }

Q_SIGNALS:
    void importRequested();
    void accountsRequested();
    void emailSettingsRequested();

private:
    void buildMenus();
    void showAbout();

    QAction *m_import = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_emailSettings = nullptr;
};

} // namespace em::ui
