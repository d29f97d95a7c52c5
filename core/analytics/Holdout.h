#pragma once

#include <QString>

#include <optional>

// Who of a campaign's audience is held out (SPEC §15): a customer is held out when the first
// 8 hex digits of SHA-256(code ":" member code), read as a number, are below H × 2³². The same
// campaign code and member code always land on the same side, so anyone can check the split.
namespace setia::holdout {

// The first 8 hex digits of the hash as a number, 0 … 2³² − 1.
quint32 draw(const QString& campaignCode, const QString& memberCode);
// Whether draw() < share × 2³², the share given in millionths (0 … 1 000 000), exactly.
bool isHeldOut(const QString& campaignCode, const QString& memberCode, int sharePpm);
// "0.10", "0,1", "10%" as millionths; nullopt for anything else, more than 6 decimals, or a
// share outside 0 … 0.5.
std::optional<int> parseShare(const QString& text);
// Millionths as the CLI and files write them: "0.1", "0.25", "0".
QString formatShare(int sharePpm);

} // namespace setia::holdout
