#include "db/sqlite/WalCheckpointer.h"

#include "db/sqlite/SqliteDialect.h"

#include <QSqlDatabase>
#include <QTimer>

namespace setia {
namespace {

// Lives on the checkpoint thread; owns that thread's connection.
class CheckpointWorker : public QObject
{
public:
    CheckpointWorker(QString path, int intervalMs)
        : m_path(std::move(path))
        , m_connectionName(
              QStringLiteral("setia-checkpoint-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
        , m_intervalMs(intervalMs)
    {}

    ~CheckpointWorker() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    void start()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            return; // the main connection reports problems with the file; nothing to add
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
            (void)SqliteDialect().checkpoint(connection); // best effort: retried next tick
        });
        timer->start(m_intervalMs);
    }

private:
    QString m_path;
    QString m_connectionName;
    int m_intervalMs;
};

} // namespace

WalCheckpointer::WalCheckpointer(const QString& databasePath, int intervalMs, QObject* parent)
    : QObject(parent)
{
    auto* worker = new CheckpointWorker(databasePath, intervalMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, [worker] { worker->start(); });
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace setia
