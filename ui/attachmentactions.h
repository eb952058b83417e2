#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace em::ui {

class ReaderController;

// Open and Save of a message's attachments. Saving suggests a name that cannot leave the
// folder the user picks (no separators, no hidden or reserved names, no bidi tricks);
// opening writes a private copy that is never executable and hands it to the desktop,
// after asking when the file could run programs.
class AttachmentActions : public QObject
{
    Q_OBJECT
public:
    AttachmentActions(QWidget *window, ReaderController *reader, QObject *parent = nullptr);

    void save(qint64 messageId, int index);
    void open(qint64 messageId, int index);
    // Names whose opening could start a program (a launcher, a script, an installer).
    static bool mayRunPrograms(const QString &fileName, const QString &mimeType);

Q_SIGNALS:
    void problem(const QString &text);
    void saved(const QString &path);

private:
    QPointer<QWidget> m_window;
    ReaderController *m_reader;
    QString m_lastFolder;
};

} // namespace em::ui
