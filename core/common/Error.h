#pragma once

#include <QString>

namespace setia {

// What went wrong, for code to branch on and for people to read. `message` is already
// translated and says what to do; core never shows it, the UI or the CLI does.
class Error
{
public:
    enum class Kind {
        Validation,   // the user's input breaks a rule; `field` names the input
        Duplicate,    // a unique value (phone, code, SKU, receipt) is taken
        CreditLimit,  // a credit sale would pass the customer's limit: needs an override
        NotFound,     // the record asked for does not exist
        Busy,         // another program holds the database
        ReadOnly,     // the file or its folder cannot be written
        DiskFull,     // no space left to write
        NewerVersion, // the file was written by a newer Setia
        Corrupt,      // the file is not a Setia database or is damaged
        CannotOpen,   // the file cannot be opened or created
        Io,           // a file outside the database cannot be read or written
        Database,     // any other database failure
        Cancelled,    // the user stopped the work before its end: nothing was changed
    };

    Error(Kind kind, QString message, QString field = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
    {}

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    // The input the error is about ("name", "phone", …), empty when it is not about one.
    const QString& field() const { return m_field; }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
};

} // namespace setia
