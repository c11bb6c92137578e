// libFuzzer target: any bytes through the calendar import's reader. It must return a
// result or an error for every input, within the limits, and never crash or leak.
#include "engine/icalendar.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace caredesk;
    static const QTimeZone sydney("Australia/Sydney");
    CalendarLimits limits;
    limits.maxRuleSteps = 20000; // keeps each input fast; the reader's own limit is higher
    const auto result = readHolidayCalendar(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                            sydney, QDate(2026, 1, 1), QDate(2028, 12, 31), limits);
    if (result.ok()) {
        for (const HolidayOccurrence &o : result.value().occurrences) {
            // Every closure the reader gives is one the engine would accept.
            if (o.closure.endDate < o.closure.startDate ||
                o.closure.startMinute.has_value() != o.closure.endMinute.has_value() ||
                (o.closure.startMinute && (*o.closure.startMinute < 0 || *o.closure.endMinute > kEndOfDay ||
                                           *o.closure.startMinute >= *o.closure.endMinute)) ||
                o.uid.isEmpty() || o.closure.reason.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
