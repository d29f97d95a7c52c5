#include "services/Backend.h"

#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"
#include "services/AgendaService.h"
#include "services/BusinessRuleService.h"
#include "services/CampaignService.h"
#include "services/CounterService.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/LoyaltyService.h"
#include "services/MergeService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/ProfitabilityService.h"
#include "services/ReceiptService.h"
#include "services/ReportService.h"
#include "services/RuleSegmentService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "services/StampService.h"
#include "services/SurveyService.h"
#include "services/TargetSheetService.h"
#include "services/TicketService.h"
#include "services/WhatsAppService.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"
#include "stores/AgendaQuery.h"
#include "stores/BusinessRuleStore.h"
#include "stores/CampaignStore.h"
#include "stores/CounterSearchQuery.h"
#include "stores/CustomerStore.h"
#include "stores/FollowUpStore.h"
#include "stores/ImportJournalStore.h"
#include "stores/IntegrityQuery.h"
#include "stores/InteractionStore.h"
#include "stores/LoyaltyStore.h"
#include "stores/MergeStore.h"
#include "stores/PaymentStore.h"
#include "stores/ProductStore.h"
#include "stores/ReceivableListQuery.h"
#include "stores/ReportQuery.h"
#include "stores/RewardQuery.h"
#include "stores/RouteStore.h"
#include "stores/RuleSegmentStore.h"
#include "stores/SaleListQuery.h"
#include "stores/SaleStore.h"
#include "stores/SegmentQuery.h"
#include "stores/SequenceStore.h"
#include "stores/SettingsStore.h"
#include "stores/StampStore.h"
#include "stores/SurveyStore.h"
#include "stores/TargetQuery.h"
#include "stores/TicketStore.h"

#include <QFileInfo>

namespace setia {

Result<std::unique_ptr<Backend>> Backend::open(const QString& databasePath, const Clock& clock,
                                               const QString& staff, Opening opening)
{
    auto database = Database::open(databasePath, opening == Opening::CreateIfMissing
                                                     ? Database::Opening::CreateIfMissing
                                                     : Database::Opening::Existing);
    if (!database)
        return database.error();
    return std::unique_ptr<Backend>(new Backend(std::move(database).value(), clock, staff));
}

Backend::Backend(std::unique_ptr<Database> database, const Clock& clock, const QString& staff)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_customerStore(std::make_unique<CustomerStore>(*m_database))
    , m_productStore(std::make_unique<ProductStore>(*m_database))
    , m_saleStore(std::make_unique<SaleStore>(*m_database))
    , m_paymentStore(std::make_unique<PaymentStore>(*m_database))
    , m_saleList(std::make_unique<SaleListQuery>(*m_database))
    , m_receivableList(std::make_unique<ReceivableListQuery>(*m_database))
    , m_segmentQuery(std::make_unique<SegmentQuery>(*m_database, *m_receivableList))
    , m_sequenceStore(std::make_unique<SequenceStore>(*m_database))
    , m_settingsStore(std::make_unique<SettingsStore>(*m_database))
    , m_loyaltyStore(std::make_unique<LoyaltyStore>(*m_database))
    , m_stampStore(std::make_unique<StampStore>(*m_database))
    , m_ruleSegmentStore(std::make_unique<RuleSegmentStore>(*m_database))
    , m_rewardQuery(std::make_unique<RewardQuery>(*m_database))
    , m_targetQuery(std::make_unique<TargetQuery>(*m_database))
    , m_routeStore(std::make_unique<RouteStore>(*m_database))
    , m_reportQuery(std::make_unique<ReportQuery>(*m_database))
    , m_counterSearch(std::make_unique<CounterSearchQuery>(*m_database))
    , m_integrity(std::make_unique<IntegrityQuery>(*m_database))
    , m_mergeStore(std::make_unique<MergeStore>(*m_database))
    , m_importJournal(std::make_unique<ImportJournalStore>(*m_database))
    , m_interactionStore(std::make_unique<InteractionStore>(*m_database))
    , m_followUpStore(std::make_unique<FollowUpStore>(*m_database))
    , m_agendaQuery(std::make_unique<AgendaQuery>(*m_database, *m_receivableList))
    , m_businessRuleStore(std::make_unique<BusinessRuleStore>(*m_database))
    , m_ticketStore(std::make_unique<TicketStore>(*m_database))
    , m_surveyStore(std::make_unique<SurveyStore>(*m_database))
    , m_campaignStore(std::make_unique<CampaignStore>(*m_database))
    , m_customers(std::make_unique<CustomerService>(*m_database, *m_customerStore, *m_sequenceStore,
                                                    clock, staff))
    , m_products(std::make_unique<ProductService>(*m_database, *m_productStore, clock))
    , m_settings(std::make_unique<SettingsService>(*m_database, *m_settingsStore))
    , m_loyalty(std::make_unique<LoyaltyService>(*m_database, *m_loyaltyStore, *m_saleStore,
                                                 *m_settings, clock))
    , m_stamps(std::make_unique<StampService>(*m_database, *m_stampStore, *m_productStore, clock))
    , m_cards(std::make_unique<CustomerCardService>(
          *m_customerStore, *m_saleStore, *m_paymentStore, *m_loyalty, *m_interactionStore,
          *m_followUpStore, *m_businessRuleStore, *m_ticketStore, *m_surveyStore, *m_settings))
    , m_sales(std::make_unique<SaleService>(*m_database, *m_saleStore, *m_saleList, *m_paymentStore,
                                            *m_productStore, *m_customerStore, *m_sequenceStore,
                                            *m_loyalty, *m_stamps, clock))
    , m_payments(std::make_unique<PaymentService>(*m_database, *m_paymentStore, *m_saleStore,
                                                  *m_customerStore, *m_receivableList, clock))
    , m_segments(std::make_unique<SegmentService>(*m_database, *m_segmentQuery, *m_settings))
    , m_ruleSegments(std::make_unique<RuleSegmentService>(*m_database, *m_ruleSegmentStore, clock))
    , m_profitability(std::make_unique<ProfitabilityService>(*m_rewardQuery))
    , m_targets(std::make_unique<TargetSheetService>(*m_database, *m_targetQuery, *m_routeStore,
                                                     *m_receivableList, *m_payments))
    , m_reports(std::make_unique<ReportService>(*m_customerStore, *m_receivableList, *m_reportQuery,
                                                *m_cards, *m_settings))
    , m_interactions(std::make_unique<InteractionService>(*m_database, *m_interactionStore,
                                                          *m_customerStore, clock, staff))
    , m_followUps(std::make_unique<FollowUpService>(*m_database, *m_followUpStore, *m_interactions,
                                                    *m_customerStore, clock, staff))
    , m_tickets(std::make_unique<TicketService>(*m_database, *m_ticketStore, *m_sequenceStore,
                                                *m_followUps, *m_customerStore, *m_settings, clock,
                                                staff))
    , m_surveys(std::make_unique<SurveyService>(*m_database, *m_surveyStore, *m_followUps,
                                                *m_customerStore, *m_settings, *m_segments, clock,
                                                staff))
    , m_imports(std::make_unique<ImportService>(
          *m_database, *m_importJournal, *m_customerStore, *m_customers, *m_products, *m_sales,
          *m_payments, *m_interactions, *m_tickets, *m_surveys, clock, staff))
    , m_exports(std::make_unique<ExportService>(*m_customerStore, *m_productStore, *m_saleStore,
                                                *m_paymentStore, *m_interactionStore,
                                                *m_ticketStore, *m_surveyStore))
    , m_counter(std::make_unique<CounterService>(*m_database, *m_counterSearch, *m_customers,
                                                 *m_cards, *m_sales, *m_loyalty, *m_stamps,
                                                 *m_payments, clock))
    , m_receipts(std::make_unique<ReceiptService>(*m_sales, *m_customers, *m_loyalty, *m_stamps,
                                                  *m_payments, *m_settings, clock))
    , m_safety(std::make_unique<DataSafetyService>(*m_database, *m_integrity, clock))
    , m_merges(std::make_unique<MergeService>(*m_database, *m_customerStore, *m_mergeStore,
                                              *m_customers, *m_sales, *m_payments, clock, staff))
    , m_agenda(
          std::make_unique<AgendaService>(*m_database, *m_agendaQuery, *m_tickets, *m_settings))
    , m_whatsApp(std::make_unique<WhatsAppService>(*m_cards, *m_settings, *m_interactions, clock))
    , m_businessRules(std::make_unique<BusinessRuleService>(*m_database, *m_businessRuleStore,
                                                            *m_customerStore, *m_followUpStore,
                                                            *m_segments, clock))
    , m_campaigns(std::make_unique<CampaignService>(*m_database, *m_campaignStore, *m_segments,
                                                    *m_ruleSegments, *m_settings, *m_interactions,
                                                    clock, staff))
{}

Status Backend::checkTarget(const QString& path) const
{
    if (m_database->inMemory())
        return QFileInfo(path).isSymLink() ? DatabaseFile::checkTarget(QString(), path) : Status();
    return DatabaseFile::checkTarget(m_database->path(), path);
}

QString Backend::defaultDatabasePath()
{
    return Database::defaultPath();
}

Status Backend::atomically(const std::function<Status()>& work)
{
    Transaction transaction(*m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = work(); !status)
        return status;
    return transaction.commit();
}

void Backend::foldLog()
{
    (void)m_database->checkpoint();
}

std::unique_ptr<QObject> Backend::startMaintenance() const
{
    return m_database->dialect().startMaintenance(m_database->path());
}

const QString& Backend::databasePath() const
{
    return m_database->path();
}

int Backend::schemaVersion() const
{
    return m_database->schemaVersion();
}

const QString& Backend::upgradeBackupPath() const
{
    return m_database->backupPath();
}

const QString& Backend::readOnly() const
{
    return m_database->readOnly();
}

// Out of line for the unique_ptrs of incomplete types; members go in reverse order, so
// services and stores are gone before the database they use.
Backend::~Backend() = default;

} // namespace setia
