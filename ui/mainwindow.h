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

Q_SIGNALS:
    void importRequested();

private:
    void buildMenus();
    void showAbout();

    QAction *m_import = nullptr;
};

} // namespace em::ui
