#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace setia {

class AgendaQuery;
class AgendaService;
class Clock;
class CounterSearchQuery;
class CounterService;
class CustomerCardService;
class CustomerService;
class CustomerStore;
class LoyaltyService;
class LoyaltyStore;
class MergeService;
class MergeStore;
class Database;
class ExportService;
class BusinessRuleService;
class BusinessRuleStore;
class CampaignService;
class CampaignStore;
class FollowUpService;
class WhatsAppService;
class FollowUpStore;
class ImportJournalStore;
class ImportService;
class InteractionService;
class InteractionStore;
class PaymentService;
class PaymentStore;
class ProductService;
class ProductStore;
class ProfitabilityService;
class ReceiptService;
class ReceivableListQuery;
class DataSafetyService;
class IntegrityQuery;
class ReportQuery;
class ReportService;
class RewardQuery;
class RuleSegmentService;
class RouteStore;
class RuleSegmentStore;
class SaleListQuery;
class SaleService;
class SaleStore;
class SegmentQuery;
class SegmentService;
class SequenceStore;
class SettingsService;
class SettingsStore;
class StampService;
class StampStore;
class TargetQuery;
class TargetSheetService;
class SurveyService;
class SurveyStore;
class TicketService;
class TicketStore;

// Database → stores → services, wired once; what it hands out is the services (and what the
// file is), never the database or a store: every read and write goes through a service. The
// GUI and the CLI each build one in their composition root and hand the services down; tests
// build one per case. Not a singleton.
class Backend
{
public:
    // Whether opening may make a new, empty database where no file is (only making a shop
    // and restoring do; otherwise a path without a file is Error::Kind::NotFound).
    enum class Opening { Existing, CreateIfMissing };

    // `clock` must outlive the Backend. `staff` names who records consents.
    static Result<std::unique_ptr<Backend>> open(const QString& databasePath, const Clock& clock,
                                                 const QString& staff, Opening opening);
    ~Backend();

    // The file Setia uses when none is given: setia.db in the user's data folder.
    static QString defaultDatabasePath();

    // Runs `work` — many services' calls — as one transaction: everything it saved, or
    // nothing when it fails (a bulk load such as demo data).
    Status atomically(const std::function<Status()>& work);
    // Moves what bulk loads wrote to the log into the file now (best effort).
    void foldLog();
    // What keeps the file's log short while the app runs (a thread of its own), if the
    // engine needs it; it must go before the Backend.
    std::unique_ptr<QObject> startMaintenance() const;

    // The database this Backend works on.
    const QString& databasePath() const;
    int schemaVersion() const;
    // Refuses `path` as a file to write (an export, a PDF, a rejects file) when it is this
    // database or one of its side files, however spelt, or a symbolic link.
    Status checkTarget(const QString& path) const;
    // Where the file was backed up before this open upgraded it; empty when it was not.
    const QString& upgradeBackupPath() const;
    // Why the file could only be opened read-only (a translated sentence saying what to
    // do), or empty when it can be written.
    const QString& readOnly() const;

    const Clock& clock() const { return m_clock; }

    // The use cases, each owning its transactions and announcing its changes after them.
    CustomerService& customers() { return *m_customers; }
    const CustomerCardService& cards() const { return *m_cards; }
    ProductService& products() { return *m_products; }
    LoyaltyService& loyalty() { return *m_loyalty; }
    StampService& stamps() { return *m_stamps; }
    const SegmentService& segments() const { return *m_segments; }
    RuleSegmentService& ruleSegments() { return *m_ruleSegments; }
    const ProfitabilityService& profitability() const { return *m_profitability; }
    TargetSheetService& targets() { return *m_targets; }
    const ReportService& reports() const { return *m_reports; }
    SaleService& sales() { return *m_sales; }
    PaymentService& payments() { return *m_payments; }
    SettingsService& settings() { return *m_settings; }
    ImportService& imports() { return *m_imports; }
    CounterService& counter() { return *m_counter; }
    const ReceiptService& receipts() const { return *m_receipts; }
    const ExportService& exports() const { return *m_exports; }
    DataSafetyService& safety() { return *m_safety; }
    MergeService& merges() { return *m_merges; }
    InteractionService& interactions() { return *m_interactions; }
    FollowUpService& followUps() { return *m_followUps; }
    const AgendaService& agenda() const { return *m_agenda; }
    WhatsAppService& whatsApp() { return *m_whatsApp; }
    BusinessRuleService& businessRules() { return *m_businessRules; }
    TicketService& tickets() { return *m_tickets; }
    SurveyService& surveys() { return *m_surveys; }
    CampaignService& campaigns() { return *m_campaigns; }

private:
    friend class BackendProbe; // the white-box tests' way to the file underneath
    Backend(std::unique_ptr<Database> database, const Clock& clock, const QString& staff);

    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    std::unique_ptr<CustomerStore> m_customerStore;
    std::unique_ptr<ProductStore> m_productStore;
    std::unique_ptr<SaleStore> m_saleStore;
    std::unique_ptr<PaymentStore> m_paymentStore;
    std::unique_ptr<SaleListQuery> m_saleList;
    std::unique_ptr<ReceivableListQuery> m_receivableList;
    std::unique_ptr<SegmentQuery> m_segmentQuery;
    std::unique_ptr<SequenceStore> m_sequenceStore;
    std::unique_ptr<SettingsStore> m_settingsStore;
    std::unique_ptr<LoyaltyStore> m_loyaltyStore;
    std::unique_ptr<StampStore> m_stampStore;
    std::unique_ptr<RuleSegmentStore> m_ruleSegmentStore;
    std::unique_ptr<RewardQuery> m_rewardQuery;
    std::unique_ptr<TargetQuery> m_targetQuery;
    std::unique_ptr<RouteStore> m_routeStore;
    std::unique_ptr<ReportQuery> m_reportQuery;
    std::unique_ptr<CounterSearchQuery> m_counterSearch;
    std::unique_ptr<IntegrityQuery> m_integrity;
    std::unique_ptr<MergeStore> m_mergeStore;
    std::unique_ptr<ImportJournalStore> m_importJournal;
    std::unique_ptr<InteractionStore> m_interactionStore;
    std::unique_ptr<FollowUpStore> m_followUpStore;
    std::unique_ptr<AgendaQuery> m_agendaQuery;
    std::unique_ptr<BusinessRuleStore> m_businessRuleStore;
    std::unique_ptr<TicketStore> m_ticketStore;
    std::unique_ptr<SurveyStore> m_surveyStore;
    std::unique_ptr<CampaignStore> m_campaignStore;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<LoyaltyService> m_loyalty;
    std::unique_ptr<StampService> m_stamps;
    std::unique_ptr<CustomerCardService> m_cards;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<SegmentService> m_segments;
    std::unique_ptr<RuleSegmentService> m_ruleSegments;
    std::unique_ptr<ProfitabilityService> m_profitability;
    std::unique_ptr<TargetSheetService> m_targets;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<InteractionService> m_interactions;
    std::unique_ptr<FollowUpService> m_followUps;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<SurveyService> m_surveys;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<ExportService> m_exports;
    std::unique_ptr<CounterService> m_counter;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<DataSafetyService> m_safety;
    std::unique_ptr<MergeService> m_merges;
    std::unique_ptr<AgendaService> m_agenda;
    std::unique_ptr<WhatsAppService> m_whatsApp;
    std::unique_ptr<BusinessRuleService> m_businessRules;
    std::unique_ptr<CampaignService> m_campaigns;
};

} // namespace setia
