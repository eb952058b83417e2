#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>
#include <QVariant>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace em::ui {

// The reader's view of one message body: a QTextBrowser (no script engine, no network of
// its own) whose every resource goes through loadResource, the one choke point:
//  - cid: images come from the message's inline parts;
//  - data: images under 1 MB are decoded;
//  - http, https and protocol-relative (//host/...) resources are blocked (and
//    remoteContentBlocked() says so) until remote content is allowed; then they are
//    fetched here, within limits, through the network access manager given (none: never);
//  - anything else (file:, qrc:, relative paths, unknown schemes) gives nothing.
// Refused resources are answered with an inert value, never an empty QVariant: on an
// empty answer QTextDocument decodes data: URLs itself and reads relative and file: names
// from the local disk, and QTextImageHandler loads a null image's name as a file path.
// Links are never followed: linkActivated hands http, https and mailto targets to the
// window; linkHovered tells the real target of the link under the mouse.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    // Larger HTML is shown as its text: QTextDocument's parser and layout would freeze.
    static constexpr qsizetype kMaxHtmlChars = qsizetype(2) * 1024 * 1024;
    // The most text shown; longer bodies are cut, with a note.
    static constexpr qsizetype kMaxTextChars = qsizetype(512) * 1024;
    static constexpr qint64 kMaxResourceBytes = qint64(5) * 1024 * 1024;
    static constexpr qsizetype kMaxDataUrlBytes = qsizetype(1024) * 1024;
    static constexpr int kMaxRequestsInFlight = 6;
    static constexpr int kMaxRequestsPerDocument = 200;
    static constexpr qint64 kMaxBytesPerDocument = qint64(50) * 1024 * 1024;

    explicit SafeTextBrowser(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);
    ~SafeTextBrowser() override;

    // Null: remote content is never fetched, even when allowed.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    QNetworkAccessManager *networkAccessManager() const;

    // The message's parts that cid: URLs name: Content-ID (any case, with or without <>) to
    // decoded bytes. Takes effect with the next setMessageHtml.
    void setInlineParts(const QHash<QString, QByteArray> &parts);
    // "<Part1@Example>" and "cid:part1@example" both give "part1@example".
    static QString normalizedContentId(const QString &contentId);

    // Shows an untrusted HTML body. Too large or too deeply nested HTML is shown as its text
    // with a note (notice()).
    void setMessageHtml(const QString &html);
    // Shows plain text as it is (cut, with a note, past kMaxTextChars).
    void setMessageText(const QString &text);
    void clearMessage();

    // Allowing reloads the document so that what was blocked is fetched; disallowing
    // cancels what is being fetched.
    void setRemoteContentAllowed(bool allowed);
    void allowRemoteContent() { setRemoteContentAllowed(true); }
    bool isRemoteContentAllowed() const { return m_remoteAllowed; }
    // The current document asked for remote content that was not fetched.
    bool hasBlockedRemoteContent() const { return m_blocked; }
    // Remote resources requested for the current document and not yet answered.
    int pendingRemoteRequests() const { return int(m_queue.size() + m_running.size()); }
    // The one-line note shown above a body that could not be shown as sent (empty: none).
    QString notice() const { return m_notice; }

Q_SIGNALS:
    // Once per document, after the first remote resource it refused.
    void remoteContentBlocked();
    // The user clicked (or pressed Enter on) a link to an http, https or mailto target.
    void linkActivated(const QUrl &url);
    // The real target of the link under the mouse; empty when it leaves the link.
    void linkHovered(const QString &target);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    struct Fetch
    {
        QUrl name;   // as the document names it (the key of its resources)
        QUrl target; // what is requested
        int type = 0;
        bool reparse = false; // asked for while parsing (style sheet, background): applies on a new parse
    };

    void resetDocument();
    void abortFetches();
    void render();
    void showText(const QString &text, const QString &notice, bool sourceCut);
    QVariant inlineResource(int type, const QUrl &name) const;
    QVariant dataResource(int type, const QUrl &name) const;
    QVariant remoteResource(int type, const QUrl &name);
    void startFetches();
    void onFetched(QNetworkReply *reply);
    void onAnchorClicked(const QUrl &url);
    void onHighlighted(const QUrl &url);

    QPointer<QNetworkAccessManager> m_network;
    QHash<QString, QByteArray> m_inlineParts;
    bool m_remoteAllowed = false;

    enum class Content { None, Html, Text };
    Content m_content = Content::None;
    QString m_html; // what render() parses (Html only)
    QString m_notice;
    bool m_parsing = false;
    bool m_blocked = false;
    quint64 m_generation = 0;

    QHash<QUrl, QVariant> m_remote; // answered remote resources (failures: inert) by name
    QSet<QUrl> m_requested;
    QList<Fetch> m_queue;
    QHash<QNetworkReply *, Fetch> m_running;
    int m_requestCount = 0;
    qint64 m_bytes = 0;
    bool m_reparseNeeded = false;
    int m_reparses = 0;
    QTimer *m_startTimer = nullptr;
    QTimer *m_relayoutTimer = nullptr;
};

} // namespace em::ui
