#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

namespace em::auth {

// The OS keychain (Secret Service or KWallet through qtkeychain), asynchronous. Every
// entry lives under one service name; keys name what is stored ("account/google/a@b").
// Nothing is ever written anywhere else: when no keychain answers, the operation fails
// with a message that says so.
class Keychain : public QObject
{
    Q_OBJECT
public:
    explicit Keychain(QString service, QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    using ReadDone = std::function<void(const Result<std::optional<QByteArray>> &)>; // nullopt: no entry
    using Done = std::function<void(const Status &)>;

    // Each callback runs once, in the thread of `context`, unless `context` is gone.
    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const QByteArray &value, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done); // a missing entry is not an error

    // The message shown when no keychain answers.
    static QString unavailableMessage(const QString &detail);

private:
    QString m_service;
};

// For command-line tools: runs a keychain call to completion in a local event loop.
Result<std::optional<QByteArray>> readBlocking(Keychain &keychain, const QString &key);
Status writeBlocking(Keychain &keychain, const QString &key, const QByteArray &value);
Status removeBlocking(Keychain &keychain, const QString &key);

} // namespace em::auth
