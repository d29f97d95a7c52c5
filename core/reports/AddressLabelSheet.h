#pragma once

#include "common/Result.h"
#include "reports/PageProgress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace setia {

// One address on a label: the name over the address lines.
struct AddressLabel
{
    QString name;
    QString address; // lines separated by '\n'
};

// Address labels for letters (issue 17): A4 sheets of 3 × 7 labels of 70 × 38,1 mm, edge to
// edge across the page with 15,15 mm above and below — the common "21 per sheet" stock. The
// text keeps 4 mm inside each label, so a sheet fed a little off still prints on its label.
class AddressLabelSheet
{
    Q_DECLARE_TR_FUNCTIONS(AddressLabelSheet)

public:
    static constexpr double labelWidthMm = 70.0;
    static constexpr double labelHeightMm = 38.1;
    static constexpr int columns = 3;
    static constexpr int rows = 7;
    static constexpr double leftMm = (210.0 - columns * labelWidthMm) / 2;
    static constexpr double topMm = (297.0 - rows * labelHeightMm) / 2;
    static constexpr double paddingMm = 4.0;

    // Draws one label into `label`, in device pixels of a device with `dotsPerMm`.
    static void paintLabel(QPainter& painter, const QRectF& label, double dotsPerMm,
                           const AddressLabel& address);
    // Every label, 21 to an A4 page, onto `device` (a printer, nothing painted on it yet).
    static Status render(QPagedPaintDevice& device, const QList<AddressLabel>& labels,
                         const PageProgress& progress = {});
    // The same as a PDF at `path`, whole or not at all.
    static Status writePdf(const QList<AddressLabel>& labels, const QString& path,
                           const PageProgress& progress = {});
};

} // namespace setia
