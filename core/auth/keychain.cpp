#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace em::auth {

Q_LOGGING_CATEGORY(lcKeychain, "emailmanager.keychain")

namespace {

// Without a D-Bus session or an unlocked collection, libsecret reports OtherError or
// NoBackendAvailable; both mean "no keychain", whatever the detail says.
bool isUnavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError || e == QKeychain::NotImplemented ||
           e == QKeychain::AccessDenied || e == QKeychain::AccessDeniedByUser;
}

template <typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

Keychain::Keychain(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{}

QString Keychain::unavailableMessage(const QString &detail)
{
    return QCoreApplication::translate("em::auth",
                                       "No keychain is available (%1). Email Manager keeps passwords and tokens only "
                                       "in the system keychain: start GNOME Keyring or KWallet, unlock it, and try "
                                       "again. Nothing was stored.")
        .arg(detail);
}

void Keychain::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError) {
            done(std::optional<QByteArray>(job->binaryData()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<QByteArray>());
        } else {
            qCWarning(lcKeychain) << "read failed:" << job->error() << job->errorString();
            done(Result<std::optional<QByteArray>>::failure(unavailableMessage(job->errorString())));
        }
    });
    job->start();
}

void Keychain::write(const QString &key, const QByteArray &value, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError) {
            done({});
            return;
        }
        qCWarning(lcKeychain) << "write failed:" << job->error() << job->errorString();
        done(Status::failure(isUnavailable(job->error()) || job->error() == QKeychain::EntryNotFound
                                 ? unavailableMessage(job->errorString())
                                 : job->errorString()));
    });
    job->start();
}

void Keychain::remove(const QString &key, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        qCWarning(lcKeychain) << "delete failed:" << job->error() << job->errorString();
        done(
            Status::failure(isUnavailable(job->error()) ? unavailableMessage(job->errorString()) : job->errorString()));
    });
    job->start();
}

namespace {

template <typename R, typename Start>
R runBlocking(Start start)
{
    QObject context;
    QEventLoop loop;
    std::optional<R> out;
    start(&context, [&](const R &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace

Result<std::optional<QByteArray>> readBlocking(Keychain &keychain, const QString &key)
{
    using R = Result<std::optional<QByteArray>>;
    return runBlocking<R>([&](QObject *ctx, auto cb) { keychain.read(key, ctx, cb); });
}

Status writeBlocking(Keychain &keychain, const QString &key, const QByteArray &value)
{
    return runBlocking<Status>([&](QObject *ctx, auto cb) { keychain.write(key, value, ctx, cb); });
}

Status removeBlocking(Keychain &keychain, const QString &key)
{
    return runBlocking<Status>([&](QObject *ctx, auto cb) { keychain.remove(key, ctx, cb); });
}

} // namespace em::auth
