#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/CounterVisit.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace setia {

class Clock;
class CounterService;
class CustomerService;
class ReceiptService;
class SettingsService;
class UserPrompter;

// What the counter prints or saves for a member: the member card and the points slip as PDF,
// the slip and a sale's receipt on this PC's receipt printer. Each says what it did, for the
// member panel's note; a failure is shown to the cashier and gives nullopt.
class CounterDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CounterDocuments)

public:
    struct Services
    {
        const CounterService& counter;
        const CustomerService& customers;
        const SettingsService& settings;
        const ReceiptService& receipts;
        const Clock& clock;
    };

    // `parent` is where the file dialogs and warnings show.
    CounterDocuments(const Services& services, UserPrompter& prompter, QWidget* parent);

    std::optional<QString> saveMemberCard(qint64 customerId);
    std::optional<QString> saveSlip(qint64 customerId, ReceiptRoll roll);
    std::optional<QString> printSlip(qint64 customerId);
    // A sale just saved, when Settings asks for every counter sale's receipt: empty when it
    // printed (or was not asked for), else why not — the sale stays saved either way.
    QString printAfterSale(const Sale& sale);

private:
    struct Slip
    {
        CounterMember member;
        BusinessProfile business;
    };
    // The member and the business for a slip, or nullopt after a warning.
    std::optional<Slip> slipOf(qint64 customerId);

    Services m_services;
    UserPrompter& m_prompter;
    QWidget* m_parent;
};

} // namespace setia
