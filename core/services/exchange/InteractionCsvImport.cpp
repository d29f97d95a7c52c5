#include "services/exchange/InteractionCsvImport.h"

#include "io/CsvFields.h"
#include "services/InteractionService.h"

#include <QStringList>

#include <array>

namespace setia {

InteractionCsvImport::InteractionCsvImport(const CustomerService& customers,
                                           InteractionService& interactions)
    : m_customers(customers)
    , m_interactions(interactions)
{}

std::optional<InteractionKind> InteractionCsvImport::kindOf(const QString& word)
{
    if (const auto kind = interaction::kindFromId(word))
        return kind;
    struct Alias
    {
        const char* word;
        InteractionKind kind;
    };
    static constexpr std::array aliases = {
        Alias{"telepon", InteractionKind::Call},      Alias{"telp", InteractionKind::Call},
        Alias{"telpon", InteractionKind::Call},       Alias{"kunjungan", InteractionKind::Visit},
        Alias{"kunjung", InteractionKind::Visit},     Alias{"wa", InteractionKind::WhatsApp},
        Alias{"e-mail", InteractionKind::Email},      Alias{"surel", InteractionKind::Email},
        Alias{"pertemuan", InteractionKind::Meeting}, Alias{"rapat", InteractionKind::Meeting},
        Alias{"catatan", InteractionKind::Note},
    };
    const QString wanted = word.simplified().toLower();
    for (const Alias& alias : aliases)
        if (wanted == QLatin1String(alias.word))
            return alias.kind;
    return std::nullopt;
}

Status InteractionCsvImport::prepare()
{
    auto codes = m_customers.codeIndex();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    return {};
}

std::optional<QString> InteractionCsvImport::addRow(int, const QStringList& values)
{
    QString reason;
    const auto when = CsvFields::dateAndTime(values.at(0), QStringLiteral("date"), reason);
    if (!when)
        return reason;
    const QString code = values.at(1).trimmed().toUpper();
    const auto customer = m_customerByCode.constFind(code);
    if (customer == m_customerByCode.constEnd())
        return code.isEmpty() ? tr("customer_code is empty: say who the contact was with.")
                              : tr("customer_code %1 is not a customer. Import the customers "
                                   "first, or correct the code.")
                                    .arg(code);
    const auto kind = kindOf(values.at(2));
    if (!kind)
        return tr("kind \"%1\" is not a kind of contact: use call, visit, whatsapp, sms, email, "
                  "meeting or note (telepon, kunjungan, wa, rapat, catatan).")
            .arg(values.at(2).trimmed());
    Interaction draft;
    draft.customerId = customer->id;
    draft.kind = *kind;
    draft.at = QDateTime(when->date, when->time);
    draft.staff = values.at(3);
    draft.summary = values.at(4);
    draft.outcome = values.at(5);
    auto checked = m_interactions.validated(draft);
    if (!checked)
        return refusedFor(checked.error());
    m_staged.append(std::move(checked).value());
    return std::nullopt;
}

Result<qint64> InteractionCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                            const BulkOptions& options)
{
    auto created = m_interactions.logMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(*created);
    return created;
}

} // namespace setia
