#include "messageview.h"

#include "readertext.h"
#include "safetextbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace em::ui {

using mime::Address;
using mime::AddressList;
using mime::Attachment;
using mime::ParsedMessage;

struct MessageView::Card
{
    ReaderMessage message;
    bool expanded = false;
    bool remoteAllowedOnce = false;
    QFrame *frame = nullptr;    // for as long as the conversation is shown
    QWidget *content = nullptr; // built anew on every change
    QLabel *summary = nullptr;
    SafeTextBrowser *browser = nullptr;
    QFrame *remoteBar = nullptr;
};

namespace {

const QString kSummaryName = QStringLiteral("summary");
const char *const kMessageIdProperty = "messageId";
const char *const kFullTextProperty = "fullText";
const char *const kDocumentHeightProperty = "documentHeight";

// Plain text longer than this (or with more lines) is shown as it is, without colours and
// links: the HTML built for it would take QTextDocument too long.
constexpr qsizetype kMaxColouredTextChars = qsizetype(256) * 1024;
constexpr qsizetype kMaxColouredTextLines = 20000;
// Recipients listed before "and N more".
constexpr int kMaxListedRecipients = 50;

QString addressText(const Address &a)
{
    const QString name = a.name.simplified();
    const QString address = a.address.trimmed();
    if (name.isEmpty())
        return readertext::isolated(address);
    if (address.isEmpty() || name.compare(address, Qt::CaseInsensitive) == 0)
        return readertext::isolated(name);
    // The pair is one unit too, in the name's direction: "Name <addr>" stays in that order
    // in a right-to-left window, as "<addr> שם" does in a left-to-right one.
    return QChar(0x2068) + readertext::isolated(name) + QLatin1String(" <") + readertext::isolated(address) + u'>' +
           QChar(0x2069);
}

Address messageSender(const ReaderMessage &m)
{
    if (m.from.name.trimmed().isEmpty() && m.from.address.trimmed().isEmpty() && m.body && !m.body->from.isEmpty())
        return m.body->from.constFirst();
    return m.from;
}

QDateTime messageDate(const ReaderMessage &m)
{
    if (m.dateMs > 0)
        return QDateTime::fromMSecsSinceEpoch(m.dateMs);
    if (m.body && m.body->date && m.body->date->isValid())
        return m.body->date->toLocalTime();
    return {};
}

QString shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

bool isBlank(const std::optional<QString> &text)
{
    if (!text)
        return true;
    for (QChar c : *text)
        if (!c.isSpace())
            return false;
    return true;
}

// The Content-IDs the HTML shows as cid: images.
QSet<QString> referencedContentIds(const QString &html)
{
    static const QRegularExpression cid(QStringLiteral(R"(cid:([^\s"'<>)]+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> ids;
    QRegularExpressionMatchIterator it = cid.globalMatch(html);
    while (it.hasNext())
        ids.insert(SafeTextBrowser::normalizedContentId(QStringLiteral("cid:") + it.next().captured(1)));
    return ids;
}

QLabel *valueLabel(QWidget *parent, const QString &name, const QString &text)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // a name like "<b>x</b>" shows as typed
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

} // namespace

MessageView::MessageView(QNetworkAccessManager *network, QWidget *parent) : QWidget(parent), m_network(network)
{
    setObjectName(QStringLiteral("messageView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("readerPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("readerScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_cardsHost = new QWidget;
    m_cardsHost->setBackgroundRole(QPalette::Base);
    m_cardsHost->setAutoFillBackground(true);
    m_cardsLayout = new QVBoxLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(0);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cardsHost);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack);
    clear(tr("No message selected"));
}

MessageView::~MessageView() = default;

void MessageView::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
    for (const auto &c : m_cards) {
        if (c->browser)
            c->browser->setNetworkAccessManager(network);
        if (c->remoteBar)
            for (QPushButton *button : c->remoteBar->findChildren<QPushButton *>())
                button->setEnabled(network != nullptr);
    }
}

void MessageView::setRemoteAllowedSenders(const QSet<QString> &addresses)
{
    m_allowedSenders.clear();
    for (const QString &a : addresses)
        m_allowedSenders.insert(a.trimmed().toLower());
    for (const auto &c : m_cards) {
        if (!c->browser || !senderAllowed(*c))
            continue;
        if (c->remoteBar)
            c->remoteBar->hide();
        c->browser->allowRemoteContent();
    }
}

void MessageView::showConversation(const QList<ReaderMessage> &messages, qint64 expandedId)
{
    clear(m_placeholder->text());
    if (messages.isEmpty())
        return;
    const quint64 generation = m_generation;
    bool listed = false;
    for (const ReaderMessage &m : messages)
        listed = listed || (expandedId != 0 && m.id == expandedId);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto c = std::make_unique<Card>();
        c->message = messages.at(i);
        c->expanded = listed ? c->message.id == expandedId : i == messages.size() - 1;
        c->frame = new QFrame(m_cardsHost);
        c->frame->setObjectName(QStringLiteral("message-%1").arg(c->message.id));
        auto *frameLayout = new QVBoxLayout(c->frame);
        frameLayout->setContentsMargins(0, 0, 0, 0);
        frameLayout->setSpacing(0);
        if (i > 0) {
            auto *line = new QFrame(c->frame);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            frameLayout->addWidget(line);
        }
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, c->frame); // before the stretch
        m_cards.push_back(std::move(c));
    }
    for (const auto &c : m_cards)
        rebuild(*c);
    m_stack->setCurrentWidget(m_scroll);
    scrollToLatest();

    QList<qint64> needed;
    for (const auto &c : m_cards)
        if (c->expanded && !c->message.body)
            needed.append(c->message.id);
    // The window may answer at once, even with another conversation: stop if it did.
    for (qint64 id : std::as_const(needed)) {
        if (generation != m_generation)
            break;
        Q_EMIT bodyNeeded(id);
    }
}

void MessageView::updateMessage(const ReaderMessage &message)
{
    Card *c = card(message.id);
    if (!c)
        return;
    c->message = message;
    rebuild(*c);
}

void MessageView::clear(const QString &placeholder)
{
    ++m_generation;
    for (const auto &c : m_cards) {
        if (c->browser)
            c->browser->clearMessage(); // stops its downloads now, not when it is deleted
        c->frame->hide();
        m_cardsLayout->removeWidget(c->frame);
        c->frame->setParent(nullptr);
        // Later: this may run inside a signal of one of its children (a click on a link).
        c->frame->deleteLater();
    }
    m_cards.clear();
    m_placeholder->setText(placeholder);
    m_stack->setCurrentWidget(m_placeholder);
}

QList<qint64> MessageView::messageIds() const
{
    QList<qint64> ids;
    for (const auto &c : m_cards)
        ids.append(c->message.id);
    return ids;
}

bool MessageView::isExpanded(qint64 messageId) const
{
    const Card *c = card(messageId);
    return c && c->expanded;
}

void MessageView::setExpanded(qint64 messageId, bool expanded)
{
    Card *c = card(messageId);
    if (!c || c->expanded == expanded)
        return;
    c->expanded = expanded;
    rebuild(*c);
    if (expanded && !c->message.body)
        Q_EMIT bodyNeeded(messageId); // last: the answer may replace everything
}

QWidget *MessageView::messageWidget(qint64 messageId) const
{
    const Card *c = card(messageId);
    return c ? c->frame : nullptr;
}

SafeTextBrowser *MessageView::browser(qint64 messageId) const
{
    const Card *c = card(messageId);
    return c ? c->browser : nullptr;
}

QFrame *MessageView::remoteContentBar(qint64 messageId) const
{
    const Card *c = card(messageId);
    return c ? c->remoteBar : nullptr;
}

QString MessageView::placeholderText() const
{
    return m_placeholder->text();
}

MessageView::Card *MessageView::card(qint64 messageId) const
{
    for (const auto &c : m_cards)
        if (c->message.id == messageId)
            return c.get();
    return nullptr;
}

void MessageView::rebuild(Card &card)
{
    if (card.browser)
        card.browser->clearMessage();
    QWidget *old = card.content;
    card.summary = nullptr;
    card.browser = nullptr;
    card.remoteBar = nullptr;
    card.content = new QWidget(card.frame);
    if (card.expanded)
        buildExpanded(card, card.content);
    else
        buildCollapsed(card, card.content);
    card.frame->layout()->addWidget(card.content);
    if (old) {
        old->hide();
        card.frame->layout()->removeWidget(old);
        old->setParent(nullptr); // out of the tree now: findChild must not meet it
        old->deleteLater();      // later: it may be the one whose click brought us here
    }
}

void MessageView::buildCollapsed(Card &card, QWidget *content)
{
    const ReaderMessage &m = card.message;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(16, 8, 16, 8);

    const Address from = messageSender(m);
    const QString who = !from.name.simplified().isEmpty() ? from.name.simplified()
                        : !from.address.isEmpty()         ? from.address
                                                          : tr("(unknown sender)");
    QString snippet = m.snippet.simplified();
    if (snippet.isEmpty() && m.body && m.body->text)
        snippet = m.body->text->left(300).simplified();
    QStringList parts{readertext::isolated(who)};
    if (!snippet.isEmpty())
        parts << readertext::isolated(snippet);
    const QString when = shortDate(messageDate(m));
    if (!when.isEmpty())
        parts << readertext::isolated(when); // a date in another script than the layout's keeps its order
    const QString text = directed(parts.join(QStringLiteral(" \u2014 ")));

    auto *summary = new QLabel(content);
    summary->setObjectName(kSummaryName);
    summary->setTextFormat(Qt::PlainText);
    // The line is cut to the width (elideSummary), never widens the pane.
    summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    summary->setMinimumWidth(1);
    summary->setFocusPolicy(Qt::StrongFocus);
    summary->setCursor(Qt::PointingHandCursor);
    summary->setProperty(kMessageIdProperty, m.id);
    summary->setProperty(kFullTextProperty, text);
    summary->setText(text);
    summary->setAccessibleName(text);
    summary->setAccessibleDescription(tr("Folded message: click or press Enter to show it."));
    summary->installEventFilter(this);
    layout->addWidget(summary);
    card.summary = summary;
}

void MessageView::buildExpanded(Card &card, QWidget *content)
{
    const ReaderMessage &m = card.message;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    const QString subject = m.subject.simplified().isEmpty() ? tr("(no subject)") : m.subject.simplified();
    QLabel *subjectLabel = valueLabel(content, QStringLiteral("subject"), directed(readertext::isolated(subject)));
    QFont big = subjectLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    subjectLabel->setFont(big);
    top->addWidget(subjectLabel, 1);
    if (m_cards.size() > 1) {
        auto *collapse = new QToolButton(content);
        collapse->setObjectName(QStringLiteral("collapse"));
        collapse->setAutoRaise(true);
        collapse->setArrowType(Qt::UpArrow);
        collapse->setToolTip(tr("Fold this message"));
        collapse->setAccessibleName(tr("Fold this message"));
        const qint64 id = m.id;
        connect(collapse, &QToolButton::clicked, this, [this, id] { setExpanded(id, false); });
        top->addWidget(collapse, 0, Qt::AlignTop);
    }
    layout->addLayout(top);

    auto *headers = new QFormLayout;
    headers->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    headers->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    headers->setRowWrapPolicy(QFormLayout::DontWrapRows);
    headers->setHorizontalSpacing(12);
    headers->setVerticalSpacing(2);
    auto row = [&](const QString &label, const QString &name, const QString &value) {
        auto *key = new QLabel(label, content);
        key->setTextFormat(Qt::PlainText);
        key->setForegroundRole(QPalette::PlaceholderText);
        headers->addRow(key, valueLabel(content, name, directed(value)));
    };
    auto list = [this](const AddressList &addresses) {
        QStringList parts;
        for (qsizetype i = 0; i < addresses.size() && i < kMaxListedRecipients; ++i)
            parts << addressText(addresses.at(i));
        QString text = parts.join(QLatin1String(", "));
        if (addresses.size() > kMaxListedRecipients)
            //: after the first fifty recipients
            text += u' ' + tr("and %n more", nullptr, int(addresses.size() - kMaxListedRecipients));
        return text;
    };
    const Address from = messageSender(m);
    row(tr("From:"), QStringLiteral("from"),
        from.name.trimmed().isEmpty() && from.address.trimmed().isEmpty() ? tr("(unknown sender)") : addressText(from));
    if (!m.to.isEmpty())
        row(tr("To:"), QStringLiteral("to"), list(m.to));
    if (!m.cc.isEmpty())
        row(tr("Cc:"), QStringLiteral("cc"), list(m.cc));
    const QDateTime when = messageDate(m);
    if (when.isValid())
        row(tr("Date:"), QStringLiteral("date"), QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
    if (!m.account.isEmpty())
        row(tr("Account:"), QStringLiteral("account"), readertext::isolated(m.account));
    layout->addLayout(headers);

    buildBody(card, content, layout);
}

void MessageView::buildBody(Card &card, QWidget *content, QVBoxLayout *layout)
{
    const ReaderMessage &m = card.message;
    const qint64 id = m.id;
    auto *status = new QLabel(content);
    status->setObjectName(QStringLiteral("bodyStatus"));
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
    status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(status);
    if (!m.body) {
        status->setText(directed(tr("Downloading…")));
        layout->addStretch(1);
        return;
    }
    const ParsedMessage &body = *m.body;
    const bool hasHtml = !isBlank(body.html);
    const bool hasText = !isBlank(body.text);
    QStringList notes;
    if (body.broken)
        notes << tr("This message is damaged; what could be read is shown.");
    if (!hasHtml && !hasText)
        notes << tr("This message has no text.");
    status->setText(notes.isEmpty() ? QString() : directed(notes.join(u'\n')));
    status->setVisible(!notes.isEmpty());

    QSet<QString> shownInline;
    if (hasHtml || hasText) {
        // The bar that offers what was blocked; shown when the browser says it blocked something.
        auto *bar = new QFrame(content);
        bar->setObjectName(QStringLiteral("remoteContentBar"));
        bar->setFrameShape(QFrame::StyledPanel);
        bar->setAutoFillBackground(true);
        QPalette p = bar->palette();
        p.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xfe));
        p.setColor(QPalette::WindowText, QColor(0x1a, 0x3a, 0x6b));
        bar->setPalette(p);
        auto *barLayout = new QHBoxLayout(bar);
        barLayout->setContentsMargins(8, 4, 8, 4);
        auto *icon = new QLabel(bar);
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize));
        auto *text = new QLabel(directed(tr("Remote content was blocked to protect your privacy.")), bar);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        auto *once = new QPushButton(tr("Show once"), bar);
        once->setObjectName(QStringLiteral("showRemoteOnce"));
        auto *always = new QPushButton(tr("Always for this sender"), bar);
        always->setObjectName(QStringLiteral("allowSenderAlways"));
        always->setVisible(!messageSender(m).address.trimmed().isEmpty());
        // Without a network there is nothing to show: the bar still says what was blocked.
        once->setEnabled(m_network != nullptr);
        always->setEnabled(m_network != nullptr);
        connect(once, &QPushButton::clicked, this, [this, id] { allowRemote(id, false); });
        connect(always, &QPushButton::clicked, this, [this, id] { allowRemote(id, true); });
        barLayout->addWidget(icon, 0, Qt::AlignTop);
        barLayout->addWidget(text, 1);
        barLayout->addWidget(once);
        barLayout->addWidget(always);
        bar->hide();
        layout->addWidget(bar);
        card.remoteBar = bar;

        auto *browser = new SafeTextBrowser(m_network, content);
        browser->setObjectName(QStringLiteral("body"));
        browser->setFrameShape(QFrame::NoFrame);
        // The pane scrolls, not each body: it is as tall as its document.
        browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        browser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(browser->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                [this, browser](const QSizeF &size) {
                    browser->setProperty(kDocumentHeightProperty, size.height());
                    fitBrowser(browser);
                });
        connect(browser->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
                [this, browser] { fitBrowser(browser); });
        connect(browser, &SafeTextBrowser::linkHovered, this, &MessageView::linkHovered);
        connect(browser, &SafeTextBrowser::linkActivated, this, &MessageView::linkActivated);
        connect(browser, &SafeTextBrowser::remoteContentBlocked, this,
                [this, id, browser] { onRemoteContentBlocked(id, browser); });
        browser->setRemoteContentAllowed(card.remoteAllowedOnce || senderAllowed(card));
        if (hasHtml) {
            QHash<QString, QByteArray> parts;
            for (const Attachment &a : body.attachments)
                if (!a.contentId.isEmpty() && !a.data.isEmpty())
                    parts.insert(a.contentId, a.data);
            browser->setInlineParts(parts);
            browser->setMessageHtml(*body.html);
            if (browser->notice().isEmpty()) // shown as HTML: its cid: images are in the body
                shownInline = referencedContentIds(*body.html);
        } else if (body.text->size() <= kMaxColouredTextChars && body.text->count(u'\n') < kMaxColouredTextLines) {
            browser->setMessageHtml(readertext::plainTextToHtml(*body.text));
        } else {
            browser->setMessageText(*body.text);
        }
        layout->addWidget(browser);
        card.browser = browser;
        fitBrowser(browser);
    }
    buildAttachments(card, content, layout, shownInline);
    if (!card.browser)
        layout->addStretch(1);
}

void MessageView::buildAttachments(const Card &card, QWidget *content, QVBoxLayout *layout,
                                   const QSet<QString> &shownInline)
{
    const qint64 id = card.message.id;
    const QList<Attachment> &attachments = card.message.body->attachments;
    auto *box = new QWidget(content);
    box->setObjectName(QStringLiteral("attachments"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    const QLocale locale;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    int shown = 0;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        // An image the body shows is not listed again; every other part is, inline or not,
        // so that nothing the sender attached is out of reach.
        if (!a.contentId.isEmpty() && !a.data.isEmpty() &&
            shownInline.contains(SafeTextBrowser::normalizedContentId(a.contentId)))
            continue;
        const QString name = readertext::displayFileName(a.filename);
        const qint64 size = a.size > 0 ? a.size : a.data.size();
        auto *chip = new QToolButton(box);
        chip->setObjectName(QStringLiteral("attachment-%1").arg(i));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setPopupMode(QToolButton::InstantPopup);
        chip->setIcon(style()->standardIcon(QStyle::SP_FileIcon, nullptr, this));
        chip->setIconSize(QSize(iconSize, iconSize));
        //: an attachment: its file name and size, "report.pdf (1.2 MB)"
        chip->setText(directed(
            tr("%1 (%2)").arg(readertext::isolated(name), readertext::isolated(locale.formattedDataSize(size)))));
        // Tool tips guess rich text: the name and type are escaped into one.
        chip->setToolTip(Qt::convertFromPlainText(name + u'\n' + a.mimeType.left(100)));
        chip->setAccessibleName(name);
        auto *menu = new QMenu(chip);
        const int index = int(i);
        connect(menu->addAction(tr("Open")), &QAction::triggered, this,
                [this, id, index] { Q_EMIT openAttachmentRequested(id, index); });
        connect(menu->addAction(tr("Save…")), &QAction::triggered, this,
                [this, id, index] { Q_EMIT saveAttachmentRequested(id, index); });
        chip->setMenu(menu);
        boxLayout->addWidget(chip, 0, Qt::AlignLeading);
        ++shown;
    }
    if (shown == 0) {
        delete box;
        return;
    }
    auto *title = new QLabel(directed(tr("Attachments (%1)").arg(locale.toString(shown))), content);
    title->setObjectName(QStringLiteral("attachmentsTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(box);
}

void MessageView::fitBrowser(SafeTextBrowser *browser)
{
    const qreal documentHeight = browser->property(kDocumentHeightProperty).toReal();
    int height = int(std::ceil(documentHeight)) + 2 * browser->frameWidth();
    if (browser->horizontalScrollBar()->maximum() > 0) // a wide table scrolls sideways
        height += browser->horizontalScrollBar()->sizeHint().height();
    height = qBound(24, height, QWIDGETSIZE_MAX);
    if (browser->height() != height || browser->minimumHeight() != height)
        browser->setFixedHeight(height);
}

void MessageView::onRemoteContentBlocked(qint64 messageId, SafeTextBrowser *browser)
{
    const Card *c = card(messageId);
    if (!c || c->browser != browser || !c->remoteBar)
        return; // a body shown before, being replaced
    c->remoteBar->show();
}

void MessageView::allowRemote(qint64 messageId, bool always)
{
    Card *c = card(messageId);
    if (!c)
        return;
    c->remoteAllowedOnce = true;
    QString address;
    if (always) {
        address = messageSender(c->message).address.trimmed().toLower();
        if (!address.isEmpty())
            m_allowedSenders.insert(address);
    }
    for (const auto &other : m_cards) {
        if (other.get() != c && (address.isEmpty() || !senderAllowed(*other)))
            continue;
        if (other->remoteBar)
            other->remoteBar->hide();
        if (other->browser)
            other->browser->allowRemoteContent();
    }
    if (!address.isEmpty())
        Q_EMIT allowSenderAlways(address); // last: the window may show something else in answer
}

bool MessageView::senderAllowed(const Card &card) const
{
    const QString address = messageSender(card.message).address.trimmed().toLower();
    return !address.isEmpty() && m_allowedSenders.contains(address);
}

QString MessageView::directed(const QString &text) const
{
    // The line starts with an isolated name, which a label skips when it looks for the
    // paragraph's direction: a mark gives it the direction of the layout.
    return (isRightToLeft() ? QChar(0x200F) : QChar(0x200E)) + text;
}

void MessageView::elideSummary(QLabel *summary)
{
    const QString full = summary->property(kFullTextProperty).toString();
    const QString shown = summary->fontMetrics().elidedText(full, Qt::ElideRight, qMax(0, summary->width()));
    if (summary->text() != shown)
        summary->setText(shown);
    summary->setToolTip(shown == full ? QString() : Qt::convertFromPlainText(full));
}

void MessageView::scrollToLatest()
{
    // After the layout has placed the cards: the latest message's top at the top.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation || m_cards.empty())
            return;
        for (auto it = m_cards.rbegin(); it != m_cards.rend(); ++it) {
            if ((*it)->expanded) {
                m_scroll->verticalScrollBar()->setValue((*it)->frame->y());
                return;
            }
        }
    });
}

void MessageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        for (const auto &c : m_cards)
            rebuild(*c);
    }
    QWidget::changeEvent(event);
}

bool MessageView::eventFilter(QObject *watched, QEvent *event)
{
    auto *summary = qobject_cast<QLabel *>(watched);
    if (!summary || summary->objectName() != kSummaryName)
        return QWidget::eventFilter(watched, event);
    const qint64 id = summary->property(kMessageIdProperty).toLongLong();
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            setExpanded(id, true); // replaces the label: not touched after this
            return true;
        }
        break;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            setExpanded(id, true);
            return true;
        }
        break;
    }
    case QEvent::Resize: elideSummary(summary); break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace em::ui
