#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "domain/Payment.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace setia {

// A payment's kwitansi on A5 paper (landscape), as a shop hands it over: the shop and the
// kwitansi's number at the top; who paid, the amount in words (terbilang, SPEC §1, always
// Indonesian), what for and what is still owed; the amount in figures in a box and a place
// to sign. The thermal-roll version is PaymentReceipt.
class KwitansiSheet
{
    Q_DECLARE_TR_FUNCTIONS(KwitansiSheet)

public:
    explicit KwitansiSheet(BusinessProfile business);

    // Paints onto `device` (nothing painted on it yet); sets its paper to A5 landscape.
    Status render(QPagedPaintDevice& device, const Payment& payment, const Customer& payer,
                  qint64 stillOwed) const;
    // The same as a PDF at `path`; the file appears whole or not at all.
    Status writePdf(const QString& path, const Payment& payment, const Customer& payer,
                    qint64 stillOwed) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
