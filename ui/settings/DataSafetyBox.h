#pragma once

#include <QGroupBox>

class QPushButton;
class QTreeWidget;

namespace setia {

class DataSafetyService;
class UserPrompter;

// Settings → Data safety (SPEC §12): the file in use, "Back up now", the automatic backups
// with their dates and sizes, restoring one of them or any backup file (verified first,
// what it holds shown, then asked), and the check of the database.
class DataSafetyBox : public QGroupBox
{
    Q_OBJECT

public:
    // `databaseInfo` is shown as is (the file in use and its data version).
    DataSafetyBox(DataSafetyService& safety, UserPrompter& prompter, const QString& databaseInfo,
                  QWidget* parent = nullptr);

    // Fills the list of automatic backups again.
    void reload();

    void backUpNow();
    // Restores the backup chosen in the list, or one chosen as a file when `fromFile`.
    void restore(bool fromFile);
    void check();

Q_SIGNALS:
    // The data was replaced by a backup: everything shown must be read again.
    void restored();

private:
    DataSafetyService& m_safety;
    UserPrompter& m_prompter;
    QTreeWidget* m_backups = nullptr;
    QPushButton* m_restoreChosen = nullptr;
};

} // namespace setia
