#include "common/BusyNote.h"

#include <QApplication>
#include <QProgressDialog>

namespace setia {

BusyNote::BusyNote(QWidget* parent, const QString& title, const QString& text)
    : m_dialog(std::make_unique<QProgressDialog>(text, QString(), 0, 0, parent))
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setMinimumWidth(360);
    m_dialog->setMinimumDuration(0);
    m_dialog->show();
    // Painted now: the work that follows keeps the event loop from running.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

BusyNote::~BusyNote()
{
    m_dialog->hide();
    QApplication::restoreOverrideCursor();
}

} // namespace setia
