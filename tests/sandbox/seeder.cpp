#include "seeder.h"

#include "import/maildirreader.h"
#include "import/mboxreader.h"
#include "mime/mimebuilder.h"

#include <QFile>
#include <QFileInfo>

namespace em::sandbox {

namespace {

struct Person
{
    const char *name;
    const char *address;
};

const Person kPeople[] = {
    {"Alice Martin", "alice.martin@example.com"},
    {"Bob Chen", "bob.chen@example.org"},
    {"Carol Díaz", "carol.diaz@example.net"},
    {"דוד כהן", "david.cohen@example.co.il"},
    {"李伟", "li.wei@example.cn"},
    {"Émile Zola", "emile@example.fr"},
    {"GitHub", "notifications@github.example"},
    {"Shop Weekly", "deals@shop.example"},
    {"Travel Co", "bookings@travel.example"},
    {"Team Calendar", "calendar@example.com"},
};

const char *const kSubjects[] = {
    "Quarterly budget review",
    "Lunch on Friday?",
    "Your order has shipped",
    "Weekly deals: 50% off shoes 👟",
    "שלום, הפגישה נדחתה",
    "项目进度报告",
    "Re: design review notes",
    "Flight confirmation ✈️ LIS → TLV",
    "[repo] Pull request #%1 merged",
    "Invitation: Planning meeting",
    "Photos from the offsite 📷",
    "Café meeting à midi",
};

const char *const kBodies[] = {
    "Hi,\n\nPlease review the attached figures before Friday. The travel budget needs a second look.\n\nThanks,\n",
    "Are you free for lunch on Friday? The new place near the station has good reviews.\n",
    "שלום,\n\nהפגישה נדחתה למחר בבוקר בשעה עשר.\n\nתודה\n",
    "大家好，\n\n我们的项目进度良好，计划下周发布第一个版本。\n\n谢谢\n",
    "The offsite photos are up. 😀 Some of them are really good!\n",
};

// splitmix64: cheap, deterministic, and plenty for picking sample mail.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_state(seed) {}
    int bounded(int n)
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return int((z ^ (z >> 31)) % quint64(n));
    }

private:
    quint64 m_state;
};

QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

} // namespace

void Seeder::createFolders(Mailbox &mailbox) const
{
    if (mailbox.provider() == Provider::Google) {
        for (const char *id :
             {"INBOX", "SENT", "DRAFT", "TRASH", "SPAM", "STARRED", "IMPORTANT", "UNREAD", "CHAT", "CATEGORY_PERSONAL",
              "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS"})
            mailbox.addLabel({QLatin1String(id), QLatin1String(id), true, {}, {}, {}, {}, false});
        mailbox.addLabel({QStringLiteral("Label_1"),
                          QStringLiteral("Work"),
                          false,
                          {},
                          {},
                          QStringLiteral("#4a86e8"),
                          QStringLiteral("#ffffff"),
                          false});
        mailbox.addLabel({QStringLiteral("Label_2"),
                          QStringLiteral("Work/Projects"),
                          false,
                          {},
                          {},
                          QStringLiteral("#16a765"),
                          QStringLiteral("#ffffff"),
                          false});
        mailbox.addLabel({QStringLiteral("Label_3"), QStringLiteral("Travel"), false, {}, {}, {}, {}, false});
        return;
    }
    const std::pair<const char *, const char *> known[] = {
        {"inbox", "Inbox"},          {"sentitems", "Sent Items"},
        {"drafts", "Drafts"},        {"deleteditems", "Deleted Items"},
        {"junkemail", "Junk Email"}, {"archive", "Archive"},
        {"outbox", "Outbox"},        {"conversationhistory", "Conversation History"}};
    for (const auto &[wk, name] : known)
        mailbox.addLabel({{}, QLatin1String(name), true, QLatin1String(wk), {}, {}, {}, false});
    const QString projects = mailbox.addLabel({{}, QStringLiteral("Projects"), false, {}, {}, {}, {}, false});
    mailbox.addLabel({{}, QStringLiteral("2024"), false, {}, projects, {}, {}, false});
    mailbox.addLabel({{}, QStringLiteral("Hidden sync folder"), false, {}, {}, {}, {}, true});
}

QString Seeder::messageId(int index) const
{
    return QStringLiteral("seed%1.%2@sandbox.example").arg(m_seed).arg(index);
}

QByteArray Seeder::message(const QString &to, int index, qint64 dateMs, int *parentOut) const
{
    Dice rng(m_seed * 7919 + quint64(index) * 104729);
    if (parentOut)
        *parentOut = -1;
    const Person &from = kPeople[rng.bounded(int(std::size(kPeople)))];
    mime::OutgoingMessage m;
    m.from = {QString::fromUtf8(from.name), QString::fromUtf8(from.address)};
    m.to = {{QString(), to}};
    m.subject = QString::fromUtf8(kSubjects[rng.bounded(int(std::size(kSubjects)))]);
    if (m.subject.contains(QLatin1String("%1")))
        m.subject = m.subject.arg(index);
    m.text = QString::fromUtf8(kBodies[rng.bounded(int(std::size(kBodies)))]);
    m.date = QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC);
    m.messageId = messageId(index);
    if (index > 2 && rng.bounded(10) < 3) { // a reply in an earlier conversation
        const int parent = index - 1 - rng.bounded(qMin(index - 1, 5));
        const QString parentId = messageId(parent);
        if (parentOut)
            *parentOut = parent;
        m.inReplyTo = parentId;
        m.references = {parentId};
        m.subject = QStringLiteral("Re: ") + m.subject;
    }
    const int kind = rng.bounded(10);
    if (kind == 0) { // newsletter with remote images and a tracking pixel
        m.html = QStringLiteral("<html><body><h1>This week</h1><p>Deals you will like.</p>"
                                "<img src=\"https://images.shop.example/banner.jpg\" alt=\"banner\">"
                                "<img src=\"https://tracker.shop.example/open.gif?u=%1\" width=1 height=1>"
                                "<script>alert(1)</script></body></html>")
                     .arg(index);
    } else if (kind == 1) { // inline image
        m.html = QStringLiteral("<p>Our logo: <img src=\"cid:logo%1@sandbox\"></p>").arg(index);
        m.attachments.append({QStringLiteral("logo.png"), QStringLiteral("image/png"), tinyPng(),
                              QStringLiteral("logo%1@sandbox").arg(index)});
    } else if (kind == 2) { // attachment
        QByteArray pdf = "%PDF-1.4\n% sandbox\n";
        pdf += QByteArray(1024 + rng.bounded(4096), 'x');
        m.attachments.append({QStringLiteral("report-%1.pdf").arg(index), QStringLiteral("application/pdf"), pdf, {}});
    } else if (kind == 3) {
        m.attachments.append(
            {QString::fromUtf8("סיכום פגישה.txt"), QStringLiteral("text/plain"), QByteArray("notes\n"), {}});
    }
    return mime::buildMessage(m);
}

void Seeder::fill(Mailbox &mailbox, int count) const
{
    const qint64 newest = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const bool google = mailbox.provider() == Provider::Google;
    QString inbox, sent, archive, projects, trash;
    if (!google) {
        inbox = mailbox.wellKnown(QStringLiteral("inbox"))->id;
        sent = mailbox.wellKnown(QStringLiteral("sentitems"))->id;
        archive = mailbox.wellKnown(QStringLiteral("archive"))->id;
        trash = mailbox.wellKnown(QStringLiteral("deleteditems"))->id;
        projects = mailbox.labelByName(QStringLiteral("Projects"))->id;
    }
    QStringList threads; // by index
    threads.reserve(count);
    for (int i = 0; i < count; ++i) {
        Dice rng(m_seed * 31 + quint64(i) * 131);
        const qint64 date = newest - qint64(count - i) * 3600 * 1000 * 7; // oldest first
        int parent = -1;
        const QByteArray raw = message(mailbox.address(), i, date, &parent);
        QSet<QString> labels;
        const int where = rng.bounded(100);
        const bool unread = rng.bounded(100) < 30;
        const bool starred = rng.bounded(100) < 8;
        if (google) {
            if (where < 70) {
                labels << QStringLiteral("INBOX");
                const char *cats[] = {"CATEGORY_PERSONAL",   "CATEGORY_PERSONAL", "CATEGORY_SOCIAL",
                                      "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES",  "CATEGORY_FORUMS"};
                labels << QLatin1String(cats[rng.bounded(6)]);
            } else if (where < 85) {
                labels << QStringLiteral("SENT");
            } else if (where < 90) {
                labels << QStringLiteral("TRASH");
            } else if (where < 93) {
                labels << QStringLiteral("SPAM");
            } // else archived: no INBOX
            if (rng.bounded(100) < 20)
                labels << QStringLiteral("Label_1");
            if (rng.bounded(100) < 10)
                labels << QStringLiteral("Label_2");
            if (unread)
                labels << QStringLiteral("UNREAD");
            if (starred)
                labels << QStringLiteral("STARRED");
            if (rng.bounded(100) < 15)
                labels << QStringLiteral("IMPORTANT");
        } else {
            labels << (where < 70 ? inbox : where < 85 ? sent : where < 90 ? trash : where < 95 ? archive : projects);
            if (unread)
                labels << QStringLiteral("UNREAD");
            if (starred)
                labels << QStringLiteral("FLAGGED");
        }
        const QString id =
            mailbox.addMessage(raw, labels, date, parent >= 0 ? threads.value(parent) : QString(), messageId(i));
        threads.append(mailbox.message(id)->threadId);
    }
}

int Seeder::load(Mailbox &mailbox, const QString &source) const
{
    const QString inbox = mailbox.provider() == Provider::Google ? QStringLiteral("INBOX")
                                                                 : mailbox.wellKnown(QStringLiteral("inbox"))->id;
    int n = 0;
    auto add = [&](const QByteArray &raw, bool read) {
        QSet<QString> labels{inbox};
        if (!read)
            labels << QStringLiteral("UNREAD");
        mailbox.addMessage(raw, labels, QDateTime::currentMSecsSinceEpoch() - qint64(n) * 60000);
        ++n;
    };
    if (QFileInfo(source).isFile()) {
        import::MboxReader reader;
        if (!reader.open(source))
            return 0;
        import::MboxMessage m;
        while (reader.next(&m))
            add(m.raw, m.flags & 1u);
        return n;
    }
    for (const import::MaildirFolder &folder : import::findMaildirs(source)) {
        for (const import::MaildirEntry &e : import::listMaildir(folder.path)) {
            QFile f(e.file);
            if (f.open(QIODevice::ReadOnly))
                add(f.readAll(), e.flags & 1u);
        }
    }
    return n;
}

} // namespace em::sandbox
