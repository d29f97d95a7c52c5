#include "services/ProductService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "stores/ProductStore.h"

#include <QRegularExpression>

namespace setia {
namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

} // namespace

ProductService::ProductService(Database& database, ProductStore& products, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_products(products)
    , m_clock(clock)
{}

Result<Product> ProductService::validated(Product p) const
{
    p.sku = p.sku.trimmed().toUpper(); // like member codes: "brs-5kg" is BRS-5KG
    p.name = p.name.simplified();
    p.category = p.category.simplified();
    p.unit = p.unit.simplified();
    if (p.unit.isEmpty())
        p.unit = QStringLiteral("pcs");

    static const QRegularExpression skuPattern(QStringLiteral("^[^\\s,;\"]+$"));
    if (p.sku.isEmpty())
        return invalid(QStringLiteral("sku"), tr("Enter the product's SKU (its short code)."));
    if (p.sku.size() > maxSkuLength || !skuPattern.match(p.sku).hasMatch())
        return invalid(QStringLiteral("sku"),
                       tr("A SKU has up to %1 characters without spaces, commas, semicolons "
                          "or quotes, such as BRS-5KG.")
                           .arg(maxSkuLength));
    if (p.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the product's name."));
    if (p.name.size() > maxNameLength)
        return invalid(QStringLiteral("name"),
                       tr("The name is too long: at most %1 characters.").arg(maxNameLength));
    if (p.category.size() > maxTextLength)
        return invalid(QStringLiteral("category"),
                       tr("The category is too long: at most %1 characters.").arg(maxTextLength));
    if (p.unit.size() > maxTextLength)
        return invalid(QStringLiteral("unit"),
                       tr("The unit is too long: at most %1 characters.").arg(maxTextLength));
    if (p.price < 0 || p.price > money::maxAmount)
        return invalid(QStringLiteral("price"), tr("The price must be zero or more."));
    if (p.cost < 0 || p.cost > money::maxAmount)
        return invalid(QStringLiteral("cost"), tr("The cost must be zero or more."));
    return p;
}

Status ProductService::checkSku(const Product& product) const
{
    auto taken = m_products.skuTaken(product.sku, product.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error(Error::Kind::Duplicate,
                     tr("The SKU %1 belongs to another product. Each product needs its own SKU.")
                         .arg(product.sku),
                     QStringLiteral("sku"));
    return {};
}

Result<Product> ProductService::create(Product draft)
{
    draft.id = 0;
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Product product = std::move(valid).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = checkSku(product); !status)
        return status.error();
    product.createdAt = m_clock.now();
    product.updatedAt = product.createdAt;
    auto id = m_products.insert(product);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    product.id = *id;
    m_database.afterCommit([this, id = product.id] { Q_EMIT productAdded(id); });
    return product;
}

Result<Product> ProductService::update(Product changed)
{
    auto valid = validated(std::move(changed));
    if (!valid)
        return valid.error();
    Product product = std::move(valid).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto stored = m_products.find(product.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(Error::Kind::NotFound, tr("This product no longer exists."));
    if (Status status = checkSku(product); !status)
        return status.error();
    product.createdAt = (*stored)->createdAt;
    product.updatedAt = m_clock.now();
    if (Status status = m_products.update(product); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, id = product.id] { Q_EMIT productChanged(id); });
    return product;
}

Status ProductService::setActive(qint64 id, bool active)
{
    auto stored = m_products.find(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(Error::Kind::NotFound, tr("This product no longer exists."));
    Product product = **stored;
    product.active = active;
    auto updated = update(product);
    return updated;
}

Result<QList<qint64>> ProductService::createMany(QList<Product> drafts, const BulkOptions& options)
{
    QList<qint64> ids;
    if (drafts.isEmpty())
        return ids;
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    for (Product& draft : drafts) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        draft.id = 0;
        auto valid = validated(std::move(draft));
        if (!valid)
            return valid.error();
        Product product = std::move(valid).value();
        if (Status status = checkSku(product); !status)
            return status.error();
        if (!product.createdAt.isValid())
            product.createdAt = now;
        if (!product.updatedAt.isValid())
            product.updatedAt = product.createdAt;
        auto id = m_products.insert(product);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (options.dryRun)
        return ids; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT productsChanged(); });
    return ids;
}

Result<std::optional<Product>> ProductService::find(qint64 id) const
{
    return m_products.find(id);
}

Result<std::optional<Product>> ProductService::findBySku(const QString& sku) const
{
    return m_products.findBySku(sku.trimmed().toUpper());
}

Result<QList<Product>> ProductService::all() const
{
    return m_products.all();
}

Result<QList<ProductRow>> ProductService::page(const ProductFilter& filter, ProductSort sort,
                                               const PageRequest& request) const
{
    return m_products.page(filter, sort, request);
}

Result<qint64> ProductService::count(const ProductFilter& filter) const
{
    return m_products.count(filter);
}

Result<QStringList> ProductService::categories() const
{
    return m_products.categories();
}

} // namespace setia
