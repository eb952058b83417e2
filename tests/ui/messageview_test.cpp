// The reader pane: remote content blocked until the user allows it (no request at all
// before), cid: images from the message's parts, links handed to the window, hostile bodies
// (huge HTML, bidi tricks in file names, markup in names) shown harmlessly.
#include "messageview.h"
#include "readertext.h"
#include "safetextbrowser.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using em::mime::Address;
using em::mime::Attachment;
using em::mime::ParsedMessage;
using em::ui::MessageView;
namespace readertext = em::ui::readertext;
using em::ui::ReaderMessage;
using em::ui::SafeTextBrowser;

namespace {

QByteArray png(int width = 3, int height = 2)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QSize imageSize(const QVariant &resource)
{
    if (resource.userType() == QMetaType::QImage)
        return qvariant_cast<QImage>(resource).size();
    if (resource.userType() == QMetaType::QPixmap)
        return qvariant_cast<QPixmap>(resource).size();
    return {};
}

QSize imageIn(SafeTextBrowser *browser, const QString &url)
{
    return imageSize(browser->document()->resource(QTextDocument::ImageResource, QUrl(url)));
}

// A web server on 127.0.0.1 that counts connections and answers every request: a 3x2 PNG,
// or a small style sheet for names ending in .css.
class ImageServer : public QObject
{
public:
    ImageServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ImageServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool isListening() const { return m_server.isListening(); }
    int connections() const { return m_connections; }
    QStringList paths() const { return m_paths; }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    }
    void serve(QTcpSocket *socket)
    {
        const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        m_paths << QString::fromLatin1(path);
        const bool css = path.endsWith(".css");
        const QByteArray body = css ? QByteArrayLiteral("p { color: #123456; }") : png();
        QByteArray response = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: ");
        response += css ? QByteArrayLiteral("text/css") : QByteArrayLiteral("image/png");
        response += QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(body.size()) +
                    QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_paths;
};

ReaderMessage message(qint64 id, const QString &fromName, const QString &fromAddress)
{
    ReaderMessage m;
    m.id = id;
    m.account = QStringLiteral("me@example.com");
    m.subject = QStringLiteral("Spring sale");
    m.from = Address{fromName, fromAddress};
    m.to = {Address{QStringLiteral("Me"), QStringLiteral("me@example.com")}};
    m.dateMs = QDateTime(QDate(2024, 3, 5), QTime(9, 30)).toMSecsSinceEpoch();
    m.snippet = QStringLiteral("Everything must go");
    return m;
}

ReaderMessage htmlMessage(qint64 id, const QString &html)
{
    ReaderMessage m = message(id, QStringLiteral("Shop"), QStringLiteral("news@shop.example"));
    ParsedMessage body;
    body.html = html;
    m.body = body;
    return m;
}

ReaderMessage textMessage(qint64 id, const QString &fromName, const QString &text)
{
    ReaderMessage m = message(id, fromName, fromName.toLower() + QStringLiteral("@example.com"));
    m.snippet = text.left(40);
    ParsedMessage body;
    body.text = text;
    m.body = body;
    return m;
}

Attachment attachment(const QString &name, const QByteArray &data, const QString &contentId = {})
{
    Attachment a;
    a.filename = name;
    a.mimeType =
        name.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png") : QStringLiteral("application/octet-stream");
    a.data = data;
    a.size = data.size();
    a.contentId = contentId;
    a.isInline = !contentId.isEmpty();
    return a;
}

template <typename T>
T *part(const MessageView &view, qint64 id, const QString &name)
{
    QWidget *card = view.messageWidget(id);
    return card ? card->findChild<T *>(name) : nullptr;
}

// Where a piece of text is shown, in the browser's viewport.
QPoint pointOf(SafeTextBrowser *browser, const QString &text)
{
    QTextCursor cursor = browser->document()->find(text);
    if (cursor.isNull())
        return {-1, -1};
    cursor.setPosition(cursor.selectionStart() + 2);
    return browser->cursorRect(cursor).center();
}

TEST(MessageViewTest, NoNetworkRequestBeforeRemoteContentIsAllowed)
{
    ImageServer server;
    ASSERT_TRUE(server.isListening());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // a proxy from the environment must not answer for 127.0.0.1
    MessageView view(&network);
    view.resize(900, 700);
    view.show();

    const QString image = server.url(QStringLiteral("a.png"));
    const QString html = QStringLiteral("<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"%1\">"
                                        "<style>@import url(%2);</style></head><body><p>Hello</p>"
                                        "<img src=\"%3\"><div style=\"background-image: url(%4)\">Background</div>"
                                        "<table background=\"%5\"><tr><td>Cell</td></tr></table>"
                                        "<img src=\"//127.0.0.1:1/protocol-relative.png\"></body></html>")
                             .arg(server.url(QStringLiteral("s.css")), server.url(QStringLiteral("i.css")), image,
                                  server.url(QStringLiteral("bg.png")), server.url(QStringLiteral("t.png")));
    view.showConversation({htmlMessage(1, html)});
    QFrame *bar = view.remoteContentBar(1);
    SafeTextBrowser *browser = view.browser(1);
    ASSERT_NE(bar, nullptr);
    ASSERT_NE(browser, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->isVisible(); }, 5000));
    QTest::qWait(500); // time enough for a request, had one been made
    EXPECT_EQ(server.connections(), 0) << server.paths().join(u' ');
    EXPECT_TRUE(browser->hasBlockedRemoteContent());
    EXPECT_EQ(browser->pendingRemoteRequests(), 0);
    EXPECT_EQ(imageIn(browser, image), QSize(1, 1)) << "a blocked image shows as nothing";
    EXPECT_TRUE(browser->toPlainText().contains(QLatin1String("Hello")));

    auto *once = bar->findChild<QPushButton *>(QStringLiteral("showRemoteOnce"));
    ASSERT_NE(once, nullptr);
    QTest::mouseClick(once, Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(browser->isRemoteContentAllowed());
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.connections() > 0; }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return imageIn(browser, image) == QSize(3, 2); }, 10000))
        << server.paths().join(u' ');
    // What the parser asks for (style sheets, backgrounds) was fetched too.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return server.paths().contains(QStringLiteral("/s.css")) &&
                   server.paths().contains(QStringLiteral("/bg.png"));
        },
        10000))
        << server.paths().join(u' ');
    EXPECT_TRUE(QTest::qWaitFor([&] { return browser->pendingRemoteRequests() == 0; }, 10000));
}

TEST(MessageViewTest, AllowedSendersLoadRemoteContentWithoutTheBar)
{
    ImageServer server;
    ASSERT_TRUE(server.isListening());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QString image = server.url(QStringLiteral("logo.png"));
    const QString html = QStringLiteral("<p>Hi</p><img src=\"%1\">").arg(image);
    {
        // "Always for this sender" says so to the window, and loads.
        MessageView view(&network);
        view.resize(900, 700);
        view.show();
        QSignalSpy always(&view, &MessageView::allowSenderAlways);
        view.showConversation({htmlMessage(1, html)});
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.remoteContentBar(1)->isVisible(); }, 5000));
        QTest::mouseClick(part<QPushButton>(view, 1, QStringLiteral("allowSenderAlways")), Qt::LeftButton);
        ASSERT_EQ(always.size(), 1);
        EXPECT_EQ(always.first().first().toString(), QStringLiteral("news@shop.example"));
        EXPECT_TRUE(view.remoteAllowedSenders().contains(QStringLiteral("news@shop.example")));
        EXPECT_TRUE(QTest::qWaitFor([&] { return imageIn(view.browser(1), image) == QSize(3, 2); }, 10000));
    }
    // A sender allowed before: no bar at all.
    MessageView view(&network);
    view.resize(900, 700);
    view.show();
    view.setRemoteAllowedSenders({QStringLiteral("News@Shop.Example")});
    view.showConversation({htmlMessage(2, html)});
    EXPECT_TRUE(QTest::qWaitFor([&] { return imageIn(view.browser(2), image) == QSize(3, 2); }, 10000));
    EXPECT_FALSE(view.remoteContentBar(2)->isVisible());
    EXPECT_FALSE(view.browser(2)->hasBlockedRemoteContent());
}

TEST(MessageViewTest, CidImagesComeFromTheMessageParts)
{
    MessageView view(nullptr); // no network at all
    view.resize(900, 700);
    view.show();
    ReaderMessage m = htmlMessage(
        2,
        QStringLiteral("<p>Our logo:</p><img src=\"cid:Logo%40shop.example\"><img src=\"cid:missing@shop.example\">"));
    m.body->attachments << attachment(QStringLiteral("logo.png"), png(), QStringLiteral("<logo@shop.example>"))
                        << attachment(QStringLiteral("terms.pdf"), QByteArrayLiteral("%PDF-1.4"));
    view.showConversation({m});
    SafeTextBrowser *browser = view.browser(2);
    ASSERT_NE(browser, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return imageIn(browser, QStringLiteral("cid:Logo%40shop.example")) == QSize(3, 2); }, 5000));
    EXPECT_EQ(imageIn(browser, QStringLiteral("cid:missing@shop.example")), QSize(1, 1));
    EXPECT_FALSE(browser->hasBlockedRemoteContent());
    EXPECT_FALSE(view.remoteContentBar(2)->isVisible());
    // The logo is in the body, not listed again; the PDF is an attachment.
    EXPECT_EQ(part<QToolButton>(view, 2, QStringLiteral("attachment-0")), nullptr);
    QToolButton *terms = part<QToolButton>(view, 2, QStringLiteral("attachment-1"));
    ASSERT_NE(terms, nullptr);
    EXPECT_TRUE(terms->text().contains(QLatin1String("terms.pdf"))) << terms->text();
}

TEST(MessageViewTest, NotAnImageDoesNotCrash)
{
    MessageView view;
    view.resize(900, 700);
    view.show();
    const QByteArray valid = png();
    // A real PNG with a megabyte and a half of padding: decodable, but over the data: limit.
    const QByteArray padded = valid + QByteArray(1536 * 1024, '\0');
    const QString html = QStringLiteral("<p>Images</p><img src=\"cid:junk@x\"><img src=\"cid:cut@x\">"
                                        "<img src=\"data:image/png;base64,AAAA\"><img src=\"data:image/png;base64,%1\">"
                                        "<img src=\"data:image/png;base64,%2\"><img src=\"data:text/html,<b>x</b>\">"
                                        "<img src=\"qrc:/qt-project.org/styles/commonstyle/images/file-16.png\">")
                             .arg(QString::fromLatin1(valid.toBase64()), QString::fromLatin1(padded.toBase64()));
    ReaderMessage m = htmlMessage(3, html);
    m.body->attachments << attachment(QStringLiteral("junk.png"), QByteArrayLiteral("this is not an image"),
                                      QStringLiteral("junk@x"))
                        << attachment(QStringLiteral("cut.png"), valid.left(20), QStringLiteral("cut@x"));
    view.showConversation({m});
    SafeTextBrowser *browser = view.browser(3);
    ASSERT_NE(browser, nullptr);
    EXPECT_FALSE(view.grab().isNull()); // lays out and paints every image
    EXPECT_EQ(imageIn(browser, QStringLiteral("cid:junk@x")), QSize(1, 1));
    EXPECT_EQ(imageIn(browser, QStringLiteral("cid:cut@x")), QSize(1, 1));
    EXPECT_EQ(imageIn(browser, QStringLiteral("data:image/png;base64,AAAA")), QSize(1, 1));
    EXPECT_EQ(imageIn(browser, QStringLiteral("data:image/png;base64,") + QString::fromLatin1(valid.toBase64())),
              QSize(3, 2));
    EXPECT_EQ(imageIn(browser, QStringLiteral("data:image/png;base64,") + QString::fromLatin1(padded.toBase64())),
              QSize(1, 1))
        << "a data: image over 1 MB is not decoded";
    EXPECT_EQ(imageIn(browser, QStringLiteral("qrc:/qt-project.org/styles/commonstyle/images/file-16.png")),
              QSize(1, 1));
    // Both unreadable images are listed: they are not shown in the body.
    EXPECT_NE(part<QToolButton>(view, 3, QStringLiteral("attachment-0")), nullptr);
}

TEST(MessageViewTest, LocalFilesAreNeverRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("local.png")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(png());
    file.close();
    const QString path = file.fileName();
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.path())); // "local.png" alone would be found here
    MessageView view;
    view.resize(900, 700);
    view.show();
    view.showConversation(
        {htmlMessage(4, QStringLiteral("<p>Files</p><img src=\"%1\"><img src=\"%2\"><img src=\"local.png\">")
                            .arg(path, QUrl::fromLocalFile(path).toString()))});
    SafeTextBrowser *browser = view.browser(4);
    ASSERT_NE(browser, nullptr);
    EXPECT_FALSE(view.grab().isNull());
    EXPECT_EQ(imageIn(browser, path), QSize(1, 1));
    EXPECT_EQ(imageIn(browser, QUrl::fromLocalFile(path).toString()), QSize(1, 1));
    EXPECT_EQ(imageIn(browser, QStringLiteral("local.png")), QSize(1, 1));
    EXPECT_FALSE(browser->hasBlockedRemoteContent()) << "local files are refused, not offered";
    QDir::setCurrent(previous);
}

TEST(MessageViewTest, LinksAreNotOpenedByTheBrowser)
{
    MessageView view;
    view.resize(900, 700);
    view.show();
    view.showConversation({htmlMessage(5, QStringLiteral("<p><a href=\"https://example.com/real?x=1\">Real link</a></p>"
                                                         "<p><a href=\"javascript:alert(1)\">Script link</a></p>"
                                                         "<p><a href=\"file:///etc/passwd\">File link</a></p>"
                                                         "<p><a href=\"mailto:bob@example.com\">Mail link</a></p>"
                                                         "<p><a href=\"relative/page.html\">Relative link</a></p>"))});
    SafeTextBrowser *browser = view.browser(5);
    ASSERT_NE(browser, nullptr);
    QSignalSpy activated(&view, &MessageView::linkActivated);
    QSignalSpy hovered(&view, &MessageView::linkHovered);
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->isVisible() && browser->height() > 100; }, 5000));

    QTest::mouseMove(browser->viewport(), pointOf(browser, QStringLiteral("Real link")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !hovered.isEmpty(); }, 2000));
    if (!hovered.isEmpty()) {
        EXPECT_EQ(hovered.last().first().toString(), QStringLiteral("https://example.com/real?x=1"));
    }

    for (const char *text : {"Real link", "Script link", "File link", "Mail link", "Relative link"}) {
        const QPoint where = pointOf(browser, QString::fromLatin1(text));
        ASSERT_GE(where.y(), 0) << text;
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, where);
    }
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(0).first().toUrl(), QUrl(QStringLiteral("https://example.com/real?x=1")));
    EXPECT_EQ(activated.at(1).first().toUrl(), QUrl(QStringLiteral("mailto:bob@example.com")));
    // The browser went nowhere: the message is still what it shows.
    EXPECT_TRUE(browser->source().isEmpty());
    EXPECT_TRUE(browser->toPlainText().contains(QLatin1String("Relative link")));
}

TEST(MessageViewTest, HugeHtmlIsShownAsText)
{
    QString html;
    html.reserve(51 * 1024 * 1024);
    html += QStringLiteral("<html><body><p>Hello from the very big message</p>");
    const QString filler =
        QStringLiteral("<div>Lorem ipsum <b>dolor</b> sit amet, <i>consectetur</i> adipiscing elit.</div>\n");
    while (html.size() < 50 * 1024 * 1024)
        html += filler;
    html += QStringLiteral("</body></html>");

    MessageView view;
    view.resize(900, 700);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.showConversation({htmlMessage(6, html)});
    SafeTextBrowser *browser = view.browser(6);
    ASSERT_NE(browser, nullptr);
    EXPECT_FALSE(view.grab().isNull());
    RecordProperty("shownInMs", int(timer.elapsed())); // a figure, not a limit
    EXPECT_FALSE(browser->notice().isEmpty());
    const QString shown = browser->toPlainText();
    EXPECT_TRUE(shown.startsWith(browser->notice())) << "the note is the first line";
    EXPECT_TRUE(shown.contains(QLatin1String("Hello from the very big message")));
    EXPECT_FALSE(shown.contains(QLatin1String("<div>")));
    EXPECT_LE(browser->document()->characterCount(), SafeTextBrowser::kMaxTextChars + 1000);
}

TEST(MessageViewTest, DeeplyNestedTablesAreShownAsText)
{
    QString html = QStringLiteral("<p>Nested</p>");
    for (int i = 0; i < 5000; ++i)
        html += QStringLiteral("<table><tr><td>");
    html += QStringLiteral("deep");
    MessageView view;
    view.resize(900, 700);
    view.show();
    view.showConversation({htmlMessage(7, html)});
    SafeTextBrowser *browser = view.browser(7);
    ASSERT_NE(browser, nullptr);
    EXPECT_FALSE(view.grab().isNull());
    EXPECT_FALSE(browser->notice().isEmpty());
    EXPECT_TRUE(browser->toPlainText().contains(QLatin1String("Nested")));
}

TEST(MessageViewTest, ConversationShowsLatestExpanded)
{
    MessageView view;
    view.resize(900, 700);
    view.show();
    view.showConversation({textMessage(10, QStringLiteral("Alice"), QStringLiteral("Shall we meet on Friday?")),
                           textMessage(11, QStringLiteral("Bob"), QStringLiteral("Friday works for me.")),
                           textMessage(12, QStringLiteral("Carol"), QStringLiteral("See you both then."))});
    EXPECT_EQ(view.messageIds(), (QList<qint64>{10, 11, 12}));
    EXPECT_FALSE(view.isExpanded(10));
    EXPECT_FALSE(view.isExpanded(11));
    EXPECT_TRUE(view.isExpanded(12));
    EXPECT_EQ(view.browser(10), nullptr);
    ASSERT_NE(view.browser(12), nullptr);
    EXPECT_TRUE(view.browser(12)->toPlainText().contains(QLatin1String("See you both then.")));

    QLabel *summary = part<QLabel>(view, 10, QStringLiteral("summary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->accessibleName().contains(QLatin1String("Alice"))) << summary->accessibleName();
    EXPECT_TRUE(summary->accessibleName().contains(QLatin1String("Shall we meet"))) << summary->accessibleName();
    QTest::mouseClick(summary, Qt::LeftButton);
    EXPECT_TRUE(view.isExpanded(10));
    ASSERT_NE(view.browser(10), nullptr);
    EXPECT_TRUE(view.browser(10)->toPlainText().contains(QLatin1String("Shall we meet on Friday?")));
    EXPECT_EQ(part<QLabel>(view, 10, QStringLiteral("summary")), nullptr);

    // The window may open another than the latest.
    view.showConversation({textMessage(10, QStringLiteral("Alice"), QStringLiteral("Shall we meet on Friday?")),
                           textMessage(11, QStringLiteral("Bob"), QStringLiteral("Friday works for me."))},
                          10);
    EXPECT_TRUE(view.isExpanded(10));
    EXPECT_FALSE(view.isExpanded(11));

    view.clear(QStringLiteral("No message selected"));
    EXPECT_TRUE(view.messageIds().isEmpty());
    EXPECT_EQ(view.placeholderText(), QStringLiteral("No message selected"));
}

TEST(MessageViewTest, BodyNeededIsEmittedForAMessageWithoutBody)
{
    MessageView view;
    view.resize(900, 700);
    view.show();
    QSignalSpy needed(&view, &MessageView::bodyNeeded);
    ReaderMessage older = message(19, QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    ReaderMessage waiting = message(20, QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    view.showConversation({older, waiting});
    ASSERT_EQ(needed.size(), 1);
    EXPECT_EQ(needed.first().first().toLongLong(), 20);
    QLabel *status = part<QLabel>(view, 20, QStringLiteral("bodyStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().endsWith(QStringLiteral("Downloading…"))) << status->text();
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(view.browser(20), nullptr);

    ParsedMessage body;
    body.text = QStringLiteral("The body arrived.");
    waiting.body = body;
    view.updateMessage(waiting);
    ASSERT_NE(view.browser(20), nullptr);
    EXPECT_TRUE(view.browser(20)->toPlainText().contains(QLatin1String("The body arrived.")));
    EXPECT_FALSE(part<QLabel>(view, 20, QStringLiteral("bodyStatus"))->isVisible());
    EXPECT_EQ(needed.size(), 1) << "asked once";

    view.setExpanded(19, true);
    ASSERT_EQ(needed.size(), 2);
    EXPECT_EQ(needed.last().first().toLongLong(), 19);

    // Downloaded, and nothing to read.
    ReaderMessage empty = message(21, QStringLiteral("Carol"), QStringLiteral("carol@example.com"));
    empty.body = ParsedMessage{};
    view.showConversation({empty});
    EXPECT_EQ(needed.size(), 2);
    status = part<QLabel>(view, 21, QStringLiteral("bodyStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().endsWith(QStringLiteral("This message has no text."))) << status->text();
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(view.browser(21), nullptr);
}

QString colourOf(const QString &html, const QString &word)
{
    const qsizetype at = html.indexOf(word);
    const qsizetype start = html.lastIndexOf(QLatin1String("<p"), at);
    const QString tag = html.mid(start, html.indexOf(u'>', start) - start);
    static const QRegularExpression colour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    return colour.match(tag).captured(1);
}

TEST(MessageViewTest, QuotesAreColouredInPlainText)
{
    const QString text = QStringLiteral("Hello <b>you</b>\r\n> first\n>> second\n> > > third\n>>>> fourth\n\n"
                                        "see https://example.com/a_b. (and www.example.org/x)\nbye");
    const QString html = readertext::plainTextToHtml(text);
    EXPECT_TRUE(colourOf(html, QStringLiteral("Hello")).isEmpty());
    const QString first = colourOf(html, QStringLiteral("first"));
    const QString second = colourOf(html, QStringLiteral("second"));
    const QString third = colourOf(html, QStringLiteral("third"));
    EXPECT_FALSE(first.isEmpty());
    EXPECT_FALSE(second.isEmpty());
    EXPECT_FALSE(third.isEmpty());
    EXPECT_NE(first, second);
    EXPECT_NE(second, third);
    EXPECT_NE(first, third);
    EXPECT_EQ(colourOf(html, QStringLiteral("fourth")), third) << "three and deeper look alike";
    EXPECT_TRUE(html.contains(QLatin1String("Hello &lt;b&gt;you&lt;/b&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("<a href=\"https://example.com/a_b\">https://example.com/a_b</a>.")))
        << html;
    EXPECT_TRUE(html.contains(QLatin1String("<a href=\"https://www.example.org/x\">www.example.org/x</a>)"))) << html;

    MessageView view;
    view.resize(900, 700);
    view.show();
    view.showConversation({textMessage(30, QStringLiteral("Alice"), text)});
    ASSERT_NE(view.browser(30), nullptr);
    const QString shown = view.browser(30)->toPlainText();
    EXPECT_TRUE(shown.contains(QLatin1String("> > > third"))) << shown;
    EXPECT_TRUE(shown.contains(QLatin1String("Hello <b>you</b>"))) << shown;
}

TEST(MessageViewTest, AnRtlOverrideInAFileNameIsNeutralised)
{
    const QString evil = QStringLiteral("invoice") + QChar(0x202E) + QStringLiteral("fdp.exe");
    const QString shown = readertext::displayFileName(evil);
    EXPECT_FALSE(shown.contains(QChar(0x202E)));
    EXPECT_EQ(shown, QStringLiteral("invoicefdp.exe"));
    EXPECT_EQ(readertext::displayFileName(QStringLiteral("a") + QChar(0x2066) + QChar(0x200F) + QStringLiteral("b\nc")),
              QStringLiteral("abc"));
    EXPECT_EQ(readertext::displayFileName(QStringLiteral("photo.jpg") + QString(100, u' ') + QStringLiteral(".exe")),
              QStringLiteral("photo.jpg .exe"));
    EXPECT_EQ(readertext::displayFileName(QStringLiteral(" \t ")), QStringLiteral("Unnamed attachment"));
    const QString longName = readertext::displayFileName(QString(200, u'x') + QStringLiteral(".exe"));
    EXPECT_LE(longName.size(), 80);
    EXPECT_TRUE(longName.endsWith(QLatin1String(".exe"))) << longName;

    MessageView view;
    view.resize(900, 700);
    view.show();
    ReaderMessage m = textMessage(40, QStringLiteral("Mallory"), QStringLiteral("Please pay the attached invoice."));
    m.body->attachments << attachment(evil, QByteArrayLiteral("MZ"));
    view.showConversation({m});
    QToolButton *chip = part<QToolButton>(view, 40, QStringLiteral("attachment-0"));
    ASSERT_NE(chip, nullptr);
    EXPECT_FALSE(chip->text().contains(QChar(0x202E)));
    EXPECT_TRUE(chip->text().contains(QLatin1String("invoicefdp.exe"))) << chip->text();
    // The window does the file work.
    QSignalSpy save(&view, &MessageView::saveAttachmentRequested);
    QSignalSpy open(&view, &MessageView::openAttachmentRequested);
    ASSERT_NE(chip->menu(), nullptr);
    ASSERT_EQ(chip->menu()->actions().size(), 2);
    chip->menu()->actions().at(0)->trigger();
    chip->menu()->actions().at(1)->trigger();
    ASSERT_EQ(open.size(), 1);
    ASSERT_EQ(save.size(), 1);
    EXPECT_EQ(save.first().at(0).toLongLong(), 40);
    EXPECT_EQ(save.first().at(1).toInt(), 0);
}

TEST(MessageViewTest, HeadersCannotInjectMarkup)
{
    MessageView view;
    view.resize(900, 700);
    view.show();
    ReaderMessage m = textMessage(50, QStringLiteral("<b>x</b>"), QStringLiteral("Hello"));
    m.subject = QStringLiteral("<img src=\"http://127.0.0.1:1/t.png\">Subject");
    // A name that closes the isolate around it early, then overrides the rest of the line.
    m.to = {Address{QStringLiteral("Mallory") + QChar(0x2069) + QChar(0x202E) + QStringLiteral("gnp.exe"),
                    QStringLiteral("mallory@example.com")}};
    view.showConversation({m});
    QLabel *from = part<QLabel>(view, 50, QStringLiteral("from"));
    QLabel *subject = part<QLabel>(view, 50, QStringLiteral("subject"));
    QLabel *to = part<QLabel>(view, 50, QStringLiteral("to"));
    ASSERT_NE(from, nullptr);
    ASSERT_NE(subject, nullptr);
    ASSERT_NE(to, nullptr);
    EXPECT_EQ(from->textFormat(), Qt::PlainText);
    EXPECT_TRUE(from->text().contains(QLatin1String("<b>x</b>"))) << from->text();
    EXPECT_EQ(subject->textFormat(), Qt::PlainText);
    EXPECT_TRUE(subject->text().contains(QLatin1String("<img"))) << subject->text();
    EXPECT_EQ(to->text().count(QChar(0x2068)), to->text().count(QChar(0x2069))) << "every isolate closed by ours";
    EXPECT_FALSE(to->text().contains(QString(QChar(0x2069)) + QChar(0x202E)));
    const qsizetype rlo = to->text().indexOf(QChar(0x202E));
    EXPECT_LT(to->text().lastIndexOf(QChar(0x2068), rlo), rlo);
    EXPECT_GT(to->text().indexOf(QChar(0x2069), rlo), rlo) << "the override stays inside the name's isolate";
}

ReaderMessage newsletter(const QString &fromName)
{
    ReaderMessage m = htmlMessage(
        62, QStringLiteral(
                "<h2>Spring sale</h2><p>Dear customer, everything must go. <a href=\"https://shop.example/sale\">"
                "See the offers</a>.</p><img src=\"http://127.0.0.1:1/banner.png\" width=\"300\" height=\"60\">"
                "<table border=\"1\" cellpadding=\"6\"><tr><th>Item</th><th>Price</th></tr>"
                "<tr><td>Teapot</td><td>12.00</td></tr><tr><td>Cups (4)</td><td>8.50</td></tr></table>"
                "<p>Unsubscribe at any time.</p>"));
    m.from.name = fromName;
    m.cc = {Address{QStringLiteral("Dana"), QStringLiteral("dana@example.com")}};
    m.body->attachments << attachment(QStringLiteral("catalogue.pdf"), QByteArray(250 * 1024, 'x'))
                        << attachment(QStringLiteral("prices.xlsx"), QByteArray(18 * 1024, 'x'));
    return m;
}

TEST(MessageViewTest, ScreenshotsLeftToRightAndRightToLeft)
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(direction);
        const bool rtl = direction == Qt::RightToLeft;
        QNetworkAccessManager network; // nothing is asked of it: the banner image stays blocked
        MessageView view(&network);
        view.resize(900, 700);
        view.show();
        view.showConversation(
            {textMessage(60, rtl ? QStringLiteral("דנה כהן") : QStringLiteral("Alice"),
                         QStringLiteral("Is the sale still on?")),
             textMessage(61, QStringLiteral("Bob"),
                         QStringLiteral("It is.\n\n> Is the sale still on?\n>> Asking for a friend.\n\nBob")),
             newsletter(rtl ? QStringLiteral("החנות") : QStringLiteral("The Shop"))});
        view.setExpanded(61, true);
        EXPECT_EQ(view.layoutDirection(), direction);
        EXPECT_TRUE(QTest::qWaitFor([&] { return view.remoteContentBar(62)->isVisible(); }, 5000));
        EXPECT_TRUE(em::test::saveScreenshot(&view, rtl ? QStringLiteral("messageview-rtl")
                                                        : QStringLiteral("messageview-en")));
        view.clear(QStringLiteral("No message selected"));
        EXPECT_TRUE(em::test::saveScreenshot(&view, rtl ? QStringLiteral("messageview-empty-rtl")
                                                        : QStringLiteral("messageview-empty-en")));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

} // namespace
