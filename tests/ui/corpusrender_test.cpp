// Every message of the test corpora (tests/data) and of the fuzzers' regression inputs goes
// the way a user's mail goes: imported (parsed, stored, indexed for search), listed in its
// folder and shown in the reader of a real window, painted offscreen. None may crash the
// window, go missing from its folder or the search index, or show as nothing.
#include "foldermodel.h"
#include "import/importer.h"
#include "import/maildirreader.h"
#include "import/mboxreader.h"
#include "ingest/recordbuilder.h"
#include "mailboxcontroller.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistview.h"
#include "messageview.h"
#include "readercontroller.h"
#include "safetextbrowser.h"
#include "store/mailstore.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>

#include <iostream>

using namespace em;

namespace {

// One message of the corpus: where it came from, for failure messages, and the id the
// importer gives it (imported mail has none of its own: its content hash).
struct Input
{
    QString origin;
    QString remoteId;
};

// What the importer is given (an mbox file or a Maildir) and the folder it fills.
struct Source
{
    QString path;
    QString folderName;
    QList<Input> inputs;
};

QString remoteIdOf(const QByteArray &raw)
{
    return QString::fromLatin1("sha256:" + ingest::contentHash(raw).toHex());
}

// The files under a folder, sorted; none when it does not exist (the fuzzers' regression
// folders may not be there yet). Notes beside the inputs (README.md, *.json) are left out.
QStringList filesUnder(const QString &dir, const QStringList &nameFilters = {})
{
    QStringList out;
    QDirIterator it(dir, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(QLatin1String(".md")) && !file.endsWith(QLatin1String(".json")))
            out.append(file);
    }
    out.sort();
    return out;
}

// The importer reads mbox files and Maildirs, not single messages: these become a Maildir
// of links to them (a 50 MB input is not copied).
Source singleMessages(const QString &root, const QString &name, const QStringList &files)
{
    Source s{root + u'/' + name, name, {}};
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(s.path + u'/' + QLatin1String(sub));
    for (int i = 0; i < files.size(); ++i) {
        QFile::link(files.at(i), QStringLiteral("%1/new/%2").arg(s.path).arg(i, 5, 10, QLatin1Char('0')));
        s.inputs.append({files.at(i), remoteIdOf(test::readFile(files.at(i)))});
    }
    return s;
}

// An mbox under a name of its own (the folder is named after the file: two inputs must not
// share one), with the messages the importer will find in it.
Source mboxFile(const QString &root, const QString &name, const QString &file)
{
    Source s{root + u'/' + name + QStringLiteral(".mbox"), name, {}};
    QFile::link(file, s.path);
    import::MboxReader reader;
    import::MboxMessage m;
    if (reader.open(file)) {
        for (int n = 1; reader.next(&m); ++n)
            s.inputs.append({QStringLiteral("%1, message %2").arg(file).arg(n), remoteIdOf(m.raw)});
    }
    return s;
}

// A word the search index and the header must hold: a whole word of plain ASCII, so that no
// tokenizer question (CJK runs, diacritics) decides the outcome.
QString wordOf(const QString &subject)
{
    static const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])[A-Za-z0-9]{4,}(?![\\p{L}\\p{N}])"));
    return word.match(subject).captured(0).toLower();
}

void waitForList(ui::MailboxController &controller)
{
    QSignalSpy shown(&controller, &ui::MailboxController::listShown);
    if (controller.pendingLoad() != 0) {
        ASSERT_TRUE(shown.wait(10000));
    }
}

// Selects the message's row as a click does, paints the reader, and checks that it shows
// the message: its subject in the header, and its body or the reason there is none.
void showAndPaint(ui::MainWindow &window, ui::MailboxController &controller, const QModelIndex &row, qint64 id,
                  const QString &subject)
{
    ui::MessageListView *list = window.messageList();
    list->setCurrentIndex(row);
    list->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(controller.reader()->shownMessage(), id);
    ui::MessageView *view = window.reader();
    QCoreApplication::processEvents(); // the layout, and the bodies fitted to their documents
    const QImage painted = view->grab().toImage();
    EXPECT_FALSE(painted.isNull());
    QWidget *card = view->messageWidget(id);
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(view->isExpanded(id));
    const auto *subjectLabel = card->findChild<QLabel *>(QStringLiteral("subject"));
    ASSERT_NE(subjectLabel, nullptr);
    const QString word = wordOf(subject);
    if (!word.isEmpty()) {
        EXPECT_TRUE(subjectLabel->text().toLower().contains(word)) << subjectLabel->text().left(200);
    }
    const ui::SafeTextBrowser *browser = view->browser(id);
    const auto *status = card->findChild<QLabel *>(QStringLiteral("bodyStatus"));
    const bool body = browser && !browser->document()->isEmpty();
    EXPECT_TRUE(body || (status && !status->text().isEmpty())) << "neither a body nor a word about it";
}

TEST(CorpusRender, EveryCorpusMessageIsImportedListedFoundAndShown)
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fuzz = QDir::cleanPath(test::dataPath(QStringLiteral("../fuzz/regressions")));
    QList<Source> sources;
    sources.append(singleMessages(dir.path(), QStringLiteral("corpus-mime"),
                                  filesUnder(test::dataPath(QStringLiteral("mime")), {QStringLiteral("*.eml")})));
    sources.append(singleMessages(dir.path(), QStringLiteral("fuzz-mime"), filesUnder(fuzz + QStringLiteral("/mime"))));
    for (const import::MaildirFolder &m : import::findMaildirs(test::dataPath(QStringLiteral("maildir")))) {
        Source s{m.path, m.name, {}};
        for (const import::MaildirEntry &e : import::listMaildir(m.path))
            s.inputs.append({e.file, remoteIdOf(test::readFile(e.file))});
        sources.append(s);
    }
    const QStringList mboxes = filesUnder(test::dataPath(QStringLiteral("mbox")), {QStringLiteral("*.mbox")}) +
                               filesUnder(fuzz + QStringLiteral("/mbox"));
    for (int i = 0; i < mboxes.size(); ++i)
        sources.append(mboxFile(dir.path(), QStringLiteral("mbox-%1").arg(i), mboxes.at(i)));

    auto opened = store::MailStore::open(dir.filePath(QStringLiteral("mail.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error();
    const std::unique_ptr<store::MailStore> mail = std::move(opened).value();
    // One import per source, so that each folder's count can be held against its own.
    QHash<QString, int> imported;
    for (const Source &s : std::as_const(sources)) {
        const Result<import::ImportSummary> summary = import::Importer(*mail).run({s.path});
        ASSERT_TRUE(summary.ok()) << s.path << ": " << summary.error();
        imported.insert(s.folderName, summary.value().imported);
    }
    const Status integrity = mail->checkIntegrity(); // the search index in step with the messages
    EXPECT_TRUE(integrity.ok()) << integrity.error();
    const qint64 account =
        mail->ensureAccount(QStringLiteral("local"), QStringLiteral("Local Folders"), QStringLiteral("Local Folders"))
            .value();
    const QHash<QString, qint64> folderIds = mail->folderIds(account).value();
    auto reading = store::StoreReader::open(mail->path());
    ASSERT_TRUE(reading.ok()) << reading.error();
    const std::unique_ptr<store::StoreReader> reader = std::move(reading).value();
    const QList<store::FolderNode> tree = reader->folderTree(true).value();
    QHash<qint64, qint64> totals;
    for (const store::FolderNode &f : tree)
        totals.insert(f.id, f.total);
    const qint64 importMs = clock.elapsed();

    ui::MainWindow window;
    window.resize(1200, 800);
    ui::MailboxController controller(&window, mail.get(), nullptr);
    controller.setMarkReadDelay(-1);
    window.show();
    window.conversationsAction()->setChecked(false); // one row per message
    waitForList(controller);

    int inputs = 0, rendered = 0;
    for (const Source &s : std::as_const(sources)) {
        SCOPED_TRACE(s.path.toStdString());
        inputs += int(s.inputs.size());
        QSet<QString> distinct; // byte-identical repeats are one message
        for (const Input &in : s.inputs)
            distinct.insert(in.remoteId);
        EXPECT_EQ(imported.value(s.folderName), distinct.size());
        if (distinct.isEmpty()) // no message: there may be no folder either
            continue;
        const qint64 folder = folderIds.value(QStringLiteral("local:") + s.folderName);
        ASSERT_NE(folder, 0);
        EXPECT_EQ(totals.value(folder), distinct.size()) << "the store's count of the folder";
        const QModelIndex folderRow = controller.folders()->indexOfFolder(folder);
        ASSERT_TRUE(folderRow.isValid()) << "in the folder pane";
        window.folderView()->setCurrentIndex(folderRow);
        waitForList(controller);
        ui::MessageListModel *model = controller.messages();
        EXPECT_EQ(model->messageCount(), distinct.size()) << "the folder's list";
        QSet<QString> shown;
        for (const Input &in : s.inputs) {
            if (shown.contains(in.remoteId))
                continue;
            shown.insert(in.remoteId);
            SCOPED_TRACE(in.origin.toStdString());
            const Result<qint64> id = mail->messageIdForRemote(account, in.remoteId);
            ASSERT_TRUE(id.ok() && id.value() != 0) << "stored";
            const Result<store::MessageHeaders> headers = reader->headers(id.value());
            ASSERT_TRUE(headers.ok()) << headers.error();
            EXPECT_TRUE(headers.value().hasBody);
            const QString subject = headers.value().summary.subject;
            if (const QString word = wordOf(subject); !word.isEmpty()) {
                const auto found = reader->search(QStringLiteral("subject:") + word, 100000);
                ASSERT_TRUE(found.ok()) << found.error();
                bool hit = false;
                for (const store::MessageSummary &m : found.value())
                    hit = hit || m.id == id.value();
                EXPECT_TRUE(hit) << "found by searching subject:" << word;
            }
            const QModelIndex row = model->indexOfMessage(id.value());
            ASSERT_TRUE(row.isValid()) << "listed in its folder";
            showAndPaint(window, controller, row, id.value(), subject);
            ++rendered;
        }
    }
    std::cout << "[ corpus   ] " << inputs << " inputs in " << sources.size() << " folders, " << rendered
              << " messages shown; import " << importMs << " ms, all " << clock.elapsed() << " ms" << std::endl;
    EXPECT_GT(rendered, 50) << "the corpus was found";
}

} // namespace
