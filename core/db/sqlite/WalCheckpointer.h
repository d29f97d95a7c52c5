#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace setia {

// Checkpoints the write-ahead log every few seconds on a thread and connection of its own,
// so that saving a sale never waits for one (automatic checkpoints are off, see Database).
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    explicit WalCheckpointer(const QString& databasePath, int intervalMs = 2000,
                             QObject* parent = nullptr);
    ~WalCheckpointer() override;

private:
    QThread m_thread;
};

} // namespace setia
