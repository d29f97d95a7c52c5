#pragma once

#include "domain/Paging.h"

#include <QDate>
#include <QString>

namespace setia {

// The columns a customer list can sort by.
enum class CustomerSort { Code, Name, Phone, City, Area, Type, Salesperson, Joined };

// Which customers a list shows: a search text typed by a person over the active or the
// archived customers. Among active customers, words match the start of any word of the
// name, the member code or the city ("bud sant" finds "Budi Santoso"), and a single letter
// lists the names that start with it; archived customers (not in the search index) match
// words anywhere in those fields. Digits match anywhere in the phone number, typed in any
// format ("0812-34", "+62 812", the last four digits), from the third digit on; fewer
// filter nothing yet.
// A subset (storeSubset()) narrows the list to the customers it holds: a segment's members.
struct CustomerFilter
{
    QString search;
    bool archived = false;
    qint64 subset = 0; // 0: every customer
};

// One row of the customer list: what the list shows, nothing more.
struct CustomerRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString phone;
    QString city;
    QString area;
    QString type;
    QString salesperson;
    QDate joined;
    bool bad = false;
    PageKey key; // where a page that ends on this row ends
};

} // namespace setia
