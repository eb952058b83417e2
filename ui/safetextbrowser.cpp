#include "safetextbrowser.h"

#include "readertext.h"

#include "mime/htmltotext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>

namespace em::ui {

Q_LOGGING_CATEGORY(lcReader, "emailmanager.ui.reader")

namespace {

// HTML past the display limit is converted to text from this much of its beginning only:
// libxml2 is fast, but 50 MB of hostile markup still is not worth parsing to show 512 KB.
constexpr qsizetype kMaxTextSourceChars = qsizetype(4) * 1024 * 1024;
// Decoding a small file into a huge bitmap ("decompression bomb") is cut off here.
constexpr int kImageAllocationLimitMb = 64;
// A style sheet or background that arrives needs a new parse; a hostile chain of style
// sheets importing more style sheets stops after this many.
constexpr int kMaxReparses = 3;
// Several images arriving together are laid out once.
constexpr int kRelayoutDelayMs = 50;
constexpr int kTransferTimeoutMs = 30000;
// Table nesting recurses in QTextDocumentLayout (hundreds of levels overflow the stack) and
// CSS selectors walk each element's ancestors (deep nesting makes that quadratic): past
// these depths the message is shown as text.
constexpr int kMaxTableDepth = 32;
constexpr int kMaxElementDepth = 512;

bool isScheme(const QUrl &url, QLatin1String scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

// http, https, and "//host/path" (which a browser would load with the page's scheme).
bool isRemote(const QUrl &url)
{
    if (url.scheme().isEmpty())
        return !url.host().isEmpty();
    return isScheme(url, QLatin1String("http")) || isScheme(url, QLatin1String("https"));
}

// What a refused or failed resource is answered with. Never an empty QVariant: see the class
// comment. An image is a transparent pixel, so that nothing (not a "broken image" icon) shows.
QVariant inert(int type)
{
    if (type == QTextDocument::ImageResource) {
        static const QImage transparent = [] {
            QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            return image;
        }();
        return transparent;
    }
    return QStringLiteral(""); // non-null: an empty style sheet
}

bool isInert(const QVariant &value)
{
    if (value.userType() == QMetaType::QImage)
        return qvariant_cast<QImage>(value).size() == QSize(1, 1);
    return value.toString().isEmpty();
}

// Only the raster formats mail uses: no SVG (it can name further files) or exotic plugins.
QImage decodeImage(const QByteArray &data)
{
    if (data.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(data);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(kImageAllocationLimitMb);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg" && format != "gif" && format != "bmp" &&
        format != "webp" && format != "ico")
        return {};
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return {};
    return image;
}

bool nameIs(QStringView name, QLatin1String expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

// One pass over the markup counting open and close tags of the elements that nest in
// practice. Unclosed tags in sloppy mail only make the count err towards "deep".
bool nestedTooDeeply(const QString &html)
{
    int tables = 0;
    int elements = 0;
    const qsizetype size = html.size();
    const QChar *p = html.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] != u'<')
            continue;
        qsizetype j = i + 1;
        const bool closing = j < size && p[j] == u'/';
        if (closing)
            ++j;
        const qsizetype start = j;
        while (j < size && j - start <= 10 && p[j].unicode() < 128 && p[j].isLetter())
            ++j;
        const QStringView name(p + start, j - start);
        const int step = closing ? -1 : 1;
        if (nameIs(name, QLatin1String("table"))) {
            tables = qMax(0, tables + step);
            if (tables > kMaxTableDepth)
                return true;
        } else if (nameIs(name, QLatin1String("div")) || nameIs(name, QLatin1String("span")) ||
                   nameIs(name, QLatin1String("blockquote")) || nameIs(name, QLatin1String("font")) ||
                   nameIs(name, QLatin1String("center")) || nameIs(name, QLatin1String("section"))) {
            elements = qMax(0, elements + step);
            if (elements > kMaxElementDepth)
                return true;
        }
        i = j - 1;
    }
    return false;
}

// A link target for the status bar: control and bidi characters percent-encoded, so that
// an address cannot hide its real host by reordering itself or breaking the line.
QString displayTarget(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    QString out;
    out.reserve(shown.size());
    for (QChar c : shown) {
        if (c.category() == QChar::Other_Control || readertext::isBidiControl(c.unicode()))
            out += QString::fromLatin1(QString(c).toUtf8().toPercentEncoding());
        else
            out += c;
    }
    return out;
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QNetworkAccessManager *network, QWidget *parent)
    : QTextBrowser(parent), m_network(network), m_startTimer(new QTimer(this)), m_relayoutTimer(new QTimer(this))
{
    // Links are the window's to open (in the system browser), never the view's to follow.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
    connect(this, &QTextBrowser::highlighted, this, &SafeTextBrowser::onHighlighted);

    // Requests start from the event loop, not from inside the layout that asked for them.
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(0);
    connect(m_startTimer, &QTimer::timeout, this, &SafeTextBrowser::startFetches);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(kRelayoutDelayMs);
    connect(m_relayoutTimer, &QTimer::timeout, this,
            [this] { document()->markContentsDirty(0, document()->characterCount()); });
}

SafeTextBrowser::~SafeTextBrowser()
{
    // The replies belong to the network access manager and would run on without us.
    abortFetches();
}

void SafeTextBrowser::setNetworkAccessManager(QNetworkAccessManager *network)
{
    if (m_network == network)
        return;
    abortFetches();
    m_network = network;
}

QNetworkAccessManager *SafeTextBrowser::networkAccessManager() const
{
    return m_network;
}

void SafeTextBrowser::setInlineParts(const QHash<QString, QByteArray> &parts)
{
    m_inlineParts.clear();
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString id = normalizedContentId(it.key());
        if (!id.isEmpty())
            m_inlineParts.insert(id, it.value());
    }
}

QString SafeTextBrowser::normalizedContentId(const QString &contentId)
{
    QString id = contentId.trimmed();
    if (id.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        id = QUrl::fromPercentEncoding(id.mid(4).toUtf8()); // RFC 2392: cid: URLs are %-encoded
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    return id.trimmed().toLower();
}

void SafeTextBrowser::setMessageHtml(const QString &html)
{
    resetDocument();
    const bool tooLarge = html.size() > kMaxHtmlChars;
    if (tooLarge || nestedTooDeeply(html)) {
        const bool cut = html.size() > kMaxTextSourceChars;
        const QString text = mime::htmlToText(cut ? html.left(kMaxTextSourceChars) : html);
        m_content = Content::Text;
        showText(text,
                 tooLarge ? tr("This message is too large to show with its formatting; its text is shown instead.")
                          : tr("This message is too complex to show with its formatting; its text is shown instead."),
                 cut);
        return;
    }
    m_content = Content::Html;
    m_html = html;
    render();
}

void SafeTextBrowser::setMessageText(const QString &text)
{
    resetDocument();
    m_content = Content::Text;
    showText(text, QString(), false);
}

void SafeTextBrowser::clearMessage()
{
    resetDocument();
    document()->clear();
}

void SafeTextBrowser::setRemoteContentAllowed(bool allowed)
{
    if (allowed == m_remoteAllowed)
        return;
    m_remoteAllowed = allowed;
    if (!allowed) {
        abortFetches();
        return;
    }
    // What was refused sits in the document's cache as a blank: parse again to ask anew.
    if (m_content == Content::Html && m_blocked) {
        m_blocked = false;
        render();
    }
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (isScheme(name, QLatin1String("cid")))
        return inlineResource(type, name);
    if (isScheme(name, QLatin1String("data")))
        return dataResource(type, name);
    if (isRemote(name))
        return remoteResource(type, name);
    // file:, qrc:, relative names (which Qt would look up on the local disk), anything else.
    return inert(type);
}

QVariant SafeTextBrowser::inlineResource(int type, const QUrl &name) const
{
    if (type != QTextDocument::ImageResource)
        return inert(type);
    const auto part = m_inlineParts.constFind(normalizedContentId(name.toString(QUrl::FullyEncoded)));
    if (part == m_inlineParts.cend())
        return inert(type);
    const QImage image = decodeImage(part.value());
    return image.isNull() ? inert(type) : QVariant(image);
}

QVariant SafeTextBrowser::dataResource(int type, const QUrl &name) const
{
    if (type != QTextDocument::ImageResource)
        return inert(type);
    const QString encoded = name.toString(QUrl::FullyEncoded); // "data:image/png;base64,...."
    const qsizetype comma = encoded.indexOf(u',');
    // Base64 takes 4 characters for 3 bytes; anything longer cannot be under the limit.
    if (comma < 5 || encoded.size() - comma > kMaxDataUrlBytes / 3 * 4 + 1024)
        return inert(type);
    const QStringView header = QStringView(encoded).mid(5, comma - 5);
    QByteArray payload = QByteArray::fromPercentEncoding(QStringView(encoded).mid(comma + 1).toLatin1());
    if (header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        payload = QByteArray::fromBase64(payload);
    if (payload.size() > kMaxDataUrlBytes)
        return inert(type);
    const QImage image = decodeImage(payload);
    return image.isNull() ? inert(type) : QVariant(image);
}

QVariant SafeTextBrowser::remoteResource(int type, const QUrl &name)
{
    if (!m_remoteAllowed) {
        if (!m_blocked) {
            m_blocked = true;
            // Queued: whoever listens may change the widgets; the document is mid-layout here.
            QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation] {
                    if (generation == m_generation && m_blocked)
                        Q_EMIT remoteContentBlocked();
                },
                Qt::QueuedConnection);
        }
        return inert(type);
    }
    const auto known = m_remote.constFind(name);
    if (known != m_remote.cend()) {
        const bool fits = type == QTextDocument::ImageResource ? known->userType() == QMetaType::QImage
                                                               : known->userType() == QMetaType::QString;
        return fits ? *known : inert(type);
    }
    if (!m_network)
        return inert(type);
    if (m_requested.contains(name)) {
        // Asked for again while parsing (a background named by a style sheet too): apply it by a parse.
        if (m_parsing) {
            for (Fetch &f : m_queue)
                f.reparse = f.reparse || f.name == name;
            for (Fetch &f : m_running)
                f.reparse = f.reparse || f.name == name;
        }
        return inert(type);
    }
    if (m_requestCount >= kMaxRequestsPerDocument)
        return inert(type);
    ++m_requestCount;
    m_requested.insert(name);
    QUrl target = name;
    if (target.scheme().isEmpty())
        target.setScheme(QStringLiteral("https"));
    target.setFragment(QString());
    m_queue.append(Fetch{name, target, type, m_parsing});
    m_startTimer->start();
    return inert(type);
}

void SafeTextBrowser::startFetches()
{
    if (!m_network || !m_remoteAllowed) {
        m_queue.clear();
        return;
    }
    while (m_running.size() < kMaxRequestsInFlight && !m_queue.isEmpty()) {
        const Fetch fetch = m_queue.takeFirst();
        QNetworkRequest request(fetch.target);
        // Redirects only to http(s), never from https down to http; no cookies either way:
        // a remote image must not become a tracking channel beyond the request itself.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setTransferTimeout(kTransferTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        m_running.insert(reply, fetch);
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
            if (received > kMaxResourceBytes || total > kMaxResourceBytes || m_bytes + received > kMaxBytesPerDocument)
                reply->abort(); // finishes it (OperationCanceledError): answered inert
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFetched(reply); });
        // The manager may go first, deleting its replies without finishing them.
        connect(reply, &QObject::destroyed, this, [this, reply] { m_running.remove(reply); });
    }
}

void SafeTextBrowser::onFetched(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto running = m_running.find(reply);
    if (running == m_running.end())
        return;
    const Fetch fetch = running.value();
    m_running.erase(running);

    QVariant value = inert(fetch.type);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QByteArray data = reply->read(kMaxResourceBytes + 1);
        if (data.size() <= kMaxResourceBytes && m_bytes + data.size() <= kMaxBytesPerDocument) {
            m_bytes += data.size();
            if (fetch.type == QTextDocument::ImageResource) {
                const QImage image = decodeImage(data);
                if (!image.isNull())
                    value = image;
            } else if (fetch.type == QTextDocument::StyleSheetResource) {
                value = QString::fromUtf8(data);
            }
        }
    } else {
        // No URL: it comes from the message body, which never reaches a log.
        qCDebug(lcReader) << "remote resource not loaded:" << reply->error() << status;
    }
    m_remote.insert(fetch.name, value);
    if (!isInert(value)) {
        document()->addResource(fetch.type, fetch.name, value);
        if (fetch.reparse)
            m_reparseNeeded = true;
        else
            m_relayoutTimer->start();
    }

    startFetches();
    if (m_queue.isEmpty() && m_running.isEmpty() && m_reparseNeeded && m_reparses < kMaxReparses) {
        m_reparseNeeded = false;
        ++m_reparses;
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation && m_content == Content::Html)
                    render();
            },
            Qt::QueuedConnection);
    }
}

void SafeTextBrowser::render()
{
    const int scroll = verticalScrollBar()->value();
    m_parsing = true;
    // Drops what the document cached under the previous answers (blanks for blocked content).
    document()->clear();
    setHtml(m_html);
    m_parsing = false;
    verticalScrollBar()->setValue(scroll);
}

void SafeTextBrowser::showText(const QString &text, const QString &notice, bool sourceCut)
{
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const bool cut = sourceCut || shown.size() > kMaxTextChars;
    if (shown.size() > kMaxTextChars) {
        shown.truncate(kMaxTextChars);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
    }
    m_notice = notice;
    if (cut) {
        m_notice = m_notice.isEmpty() ? tr("This message is too long to show in full; only its beginning is shown.")
                                      : m_notice + u' ' + tr("Only its beginning is shown.");
    }

    document()->clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (!m_notice.isEmpty()) {
        QTextCharFormat note;
        note.setFontItalic(true);
        cursor.insertText(m_notice, note);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    cursor.insertText(shown, QTextCharFormat()); // each '\n' starts a paragraph
    cursor.endEditBlock();
    verticalScrollBar()->setValue(0);
}

void SafeTextBrowser::resetDocument()
{
    abortFetches();
    ++m_generation;
    m_content = Content::None;
    m_html.clear();
    m_notice.clear();
    m_blocked = false;
    m_remote.clear();
    m_requested.clear();
    m_requestCount = 0;
    m_bytes = 0;
    m_reparseNeeded = false;
    m_reparses = 0;
    m_relayoutTimer->stop();
}

void SafeTextBrowser::abortFetches()
{
    m_queue.clear();
    m_startTimer->stop();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SafeTextBrowser::onAnchorClicked(const QUrl &url)
{
    if (!url.isValid())
        return;
    if (isScheme(url, QLatin1String("http")) || isScheme(url, QLatin1String("https"))) {
        if (!url.host().isEmpty())
            Q_EMIT linkActivated(url);
        return;
    }
    if (isScheme(url, QLatin1String("mailto"))) {
        Q_EMIT linkActivated(url);
        return;
    }
    if (url.scheme().isEmpty()) {
        if (!url.host().isEmpty()) { // "//host/path"
            QUrl secure = url;
            secure.setScheme(QStringLiteral("https"));
            Q_EMIT linkActivated(secure);
        } else if (url.path().isEmpty() && url.hasFragment()) { // "#section" of this message
            scrollToAnchor(url.fragment());
        }
    }
    // javascript:, file:, data:, relative names and the rest go nowhere.
}

void SafeTextBrowser::onHighlighted(const QUrl &url)
{
    Q_EMIT linkHovered(url.isEmpty() ? QString() : displayTarget(url));
}

} // namespace em::ui
