#pragma once

#include "mime/message.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QNetworkAccessManager;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace em::ui {

class SafeTextBrowser;

// One message as the reader shows it: what the list knows at once, and the parsed body
// when it has been downloaded.
struct ReaderMessage
{
    qint64 id = 0;
    QString account; // the address of the account it belongs to
    QString subject;
    mime::Address from;
    mime::AddressList to, cc;
    qint64 dateMs = 0;
    QString snippet;
    // Empty while not downloaded. Inline images need the parts' data (ParseOptions::keepAttachmentData).
    std::optional<mime::ParsedMessage> body;
};

// The reader pane: a conversation, oldest first, the latest message expanded and the
// others folded to one line ("From — snippet — date") that expands on click. An expanded
// message shows its headers (plain text, each untrusted name isolated so that bidi
// controls in it cannot reorder the line), its body in a SafeTextBrowser (remote content
// blocked behind a bar until allowed once or for the sender), and its attachments, whose
// opening and saving the window does.
class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);
    ~MessageView() override;

    // Where remote content is fetched once allowed; null: never (the bar's buttons are off).
    void setNetworkAccessManager(QNetworkAccessManager *network);
    // Lowercased addresses whose messages load remote content without asking.
    void setRemoteAllowedSenders(const QSet<QString> &addresses);
    QSet<QString> remoteAllowedSenders() const { return m_allowedSenders; }

    // expandedId: the message shown open (0, or one not in the list: the latest).
    void showConversation(const QList<ReaderMessage> &messages, qint64 expandedId = 0);
    // The body (or anything else) of a shown message changed; other messages are ignored.
    void updateMessage(const ReaderMessage &message);
    // No message: the text says why ("No message selected").
    void clear(const QString &placeholder);

    QList<qint64> messageIds() const;
    bool isExpanded(qint64 messageId) const;
    void setExpanded(qint64 messageId, bool expanded);
    // The widget of one message (its parts are named: "subject", "from", "to", "cc", "date",
    // "account", "summary", "bodyStatus", "remoteContentBar", "showRemoteOnce",
    // "allowSenderAlways", "attachments"); null when not shown.
    QWidget *messageWidget(qint64 messageId) const;
    // The body of an expanded message; null while collapsed, downloading or without text.
    SafeTextBrowser *browser(qint64 messageId) const;
    QFrame *remoteContentBar(qint64 messageId) const;
    QString placeholderText() const;

Q_SIGNALS:
    void linkHovered(const QString &target);
    void linkActivated(const QUrl &url);
    // An expanded message has no body yet: the window downloads it and calls updateMessage.
    void bodyNeeded(qint64 messageId);
    // The user allowed remote content for every message from this (lowercased) address.
    void allowSenderAlways(const QString &address);
    // index: into the message's body->attachments.
    void openAttachmentRequested(qint64 messageId, int index);
    void saveAttachmentRequested(qint64 messageId, int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card;

    Card *card(qint64 messageId) const;
    void rebuild(Card &card);
    void buildCollapsed(Card &card, QWidget *content);
    void buildExpanded(Card &card, QWidget *content);
    void buildBody(Card &card, QWidget *content, QVBoxLayout *layout);
    void buildAttachments(const Card &card, QWidget *content, QVBoxLayout *layout, const QSet<QString> &shownInline);
    void fitBrowser(SafeTextBrowser *browser);
    void onRemoteContentBlocked(qint64 messageId, SafeTextBrowser *browser);
    void allowRemote(qint64 messageId, bool always);
    void elideSummary(QLabel *summary);
    bool senderAllowed(const Card &card) const;
    QString directed(const QString &text) const;
    void scrollToLatest();

    QPointer<QNetworkAccessManager> m_network;
    QSet<QString> m_allowedSenders;
    std::vector<std::unique_ptr<Card>> m_cards;
    quint64 m_generation = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cardsHost = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
};

} // namespace em::ui
