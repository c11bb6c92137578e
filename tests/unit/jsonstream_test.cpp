// The command line's streamed JSON and its slot times: byte for byte what the tree
// (QJsonDocument) and formatInstant() give, so scripts reading CareDesk's output see no
// difference (docs/performance.md says why it streams).
#include "engine/clinictime.h"
#include "engine/jsonstream.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace caredesk;

namespace {

/// Writes `v` through the stream the way the command line does: object keys in
/// QJsonObject's own order.
void writeValue(JsonStream &json, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        json.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray k = it.key().toLatin1();
            json.key(k.constData());
            writeValue(json, it.value());
        }
        json.endObject();
        break;
    }
    case QJsonValue::Array:
        json.beginArray();
        for (const QJsonValue &e : v.toArray())
            writeValue(json, e);
        json.endArray();
        break;
    case QJsonValue::String:
        json.value(v.toString());
        break;
    case QJsonValue::Bool:
        json.value(v.toBool());
        break;
    case QJsonValue::Double:
        json.value(v.toInteger());
        break;
    default:
        ADD_FAILURE() << "the stream writes no " << int(v.type());
    }
}

QByteArray streamed(const QJsonObject &document)
{
    QTemporaryFile file;
    EXPECT_TRUE(file.open());
    {
        std::FILE *out = std::fopen(file.fileName().toLocal8Bit().constData(), "wb");
        EXPECT_NE(out, nullptr);
        JsonStream json(out);
        writeValue(json, document);
        json.flush();
        std::fclose(out);
    }
    return file.readAll();
}

QString everyAsciiCharacter()
{
    QString s;
    for (char16_t c = 0; c < 0x80; ++c)
        s.append(QChar(c));
    return s;
}

struct DocumentCase
{
    const char *name;
    QJsonObject document;
};

void PrintTo(const DocumentCase &c, std::ostream *os)
{
    *os << c.name;
}

class JsonStreamMatchesTree : public ::testing::TestWithParam<DocumentCase>
{};

TEST_P(JsonStreamMatchesTree, ByteForByte)
{
    const QJsonObject &document = GetParam().document;
    const QByteArray tree = QJsonDocument(document).toJson(QJsonDocument::Indented);
    const QByteArray stream = streamed(document);
    EXPECT_EQ(stream.toStdString(), tree.toStdString());
}

INSTANTIATE_TEST_SUITE_P(
    Documents, JsonStreamMatchesTree,
    ::testing::Values(
        DocumentCase{"empty", QJsonObject{}},
        DocumentCase{"scalars", QJsonObject{{QStringLiteral("b"), true},
                                            {QStringLiteral("f"), false},
                                            {QStringLiteral("n"), -42},
                                            {QStringLiteral("big"), qint64(9'007'199'254'740'000)},
                                            {QStringLiteral("zero"), 0},
                                            {QStringLiteral("s"), QStringLiteral("Harbourside")}}},
        DocumentCase{
            "empty containers, nested",
            QJsonObject{{QStringLiteral("a"), QJsonArray{}},
                        {QStringLiteral("o"), QJsonObject{}},
                        {QStringLiteral("deep"), QJsonArray{QJsonArray{}, QJsonObject{},
                                                            QJsonArray{QJsonArray{QJsonObject{
                                                                {QStringLiteral("x"), QJsonArray{}}}}}}}}},
        DocumentCase{"every ASCII character in a string",
                     QJsonObject{{QStringLiteral("text"), everyAsciiCharacter()}}},
        DocumentCase{"names beyond ASCII",
                     QJsonObject{{QStringLiteral("patients"),
                                  QJsonArray{QStringLiteral(u"Zoë O’Brien"), QStringLiteral(u"李小龙"),
                                             QStringLiteral(u"Ngā mihi 🌿"), QStringLiteral(u"tab\there")}}}},
        DocumentCase{
            "an availability answer's shape",
            QJsonObject{
                {QStringLiteral("from"), QStringLiteral("2026-12-24")},
                {QStringLiteral("practitioners"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("key"), QStringLiteral("dbrown")},
                     {QStringLiteral("days"),
                      QJsonArray{
                          QJsonObject{
                              {QStringLiteral("date"), QStringLiteral("2026-12-24")},
                              {QStringLiteral("status"), QStringLiteral("blocked")},
                              {QStringLiteral("blocked_by"), QJsonArray{QStringLiteral("Christmas closure")}},
                              {QStringLiteral("slots"), QJsonArray{}}},
                          QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-12-23")},
                                      {QStringLiteral("status"), QStringLiteral("working")},
                                      {QStringLiteral("slots"),
                                       QJsonArray{QStringLiteral("2026-12-23T09:00:00+11:00"),
                                                  QStringLiteral("2026-12-23T09:15:00+11:00")}}}}}}}}}}));

TEST(JsonStream, WritesLargeAnswersInChunksWithNothingLost)
{
    QJsonArray slots;
    for (int i = 0; i < 20'000; ++i)
        slots.append(QStringLiteral("2026-03-02T09:%1:00+11:00").arg(i % 60, 2, 10, QLatin1Char('0')));
    const QJsonObject document{{QStringLiteral("slots"), slots}};
    const QByteArray tree = QJsonDocument(document).toJson(QJsonDocument::Indented);
    ASSERT_GT(tree.size(), 3 * 64 * 1024); // more than one chunk
    EXPECT_TRUE(streamed(document) == tree);
}

struct ZoneCase
{
    const char *zone;
    const char *from; // UTC, ISO 8601
    int days;
};

void PrintTo(const ZoneCase &c, std::ostream *os)
{
    *os << c.zone;
}

class InstantFormatterMatches : public ::testing::TestWithParam<ZoneCase>
{};

TEST_P(InstantFormatterMatches, FormatInstantAcrossTransitions)
{
    const ZoneCase &c = GetParam();
    const QTimeZone zone(c.zone);
    ASSERT_TRUE(zone.isValid()) << c.zone;
    InstantFormatter formatter(zone);
    const qint64 start = QDateTime::fromString(QString::fromLatin1(c.from), Qt::ISODate).toMSecsSinceEpoch();
    const qint64 end = start + qint64(c.days) * 86'400'000;
    int checked = 0;
    // Every 7 minutes (so every minute of the hour comes round), forwards, then a few
    // jumps backwards so the cached stretch is left in both directions.
    for (qint64 ms = start; ms < end; ms += 7 * 60'000, ++checked) {
        const QString expected = formatInstant(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), zone);
        ASSERT_EQ(formatter.format(ms), expected) << "at " << ms;
    }
    for (qint64 ms = end; ms > start; ms -= 40 * 86'400'000LL + 13 * 60'000) {
        const QString expected = formatInstant(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), zone);
        ASSERT_EQ(formatter.format(ms), expected) << "at " << ms;
    }
    EXPECT_GT(checked, 1000);
}

INSTANTIATE_TEST_SUITE_P(Zones, InstantFormatterMatches,
                         ::testing::Values(ZoneCase{"Australia/Sydney", "2025-09-01T00:00:00Z", 400},
                                           ZoneCase{"Australia/Lord_Howe", "2025-09-01T00:00:00Z", 400},
                                           ZoneCase{"America/St_Johns", "2026-01-01T00:00:00Z", 366},
                                           ZoneCase{"Asia/Kathmandu", "2026-01-01T00:00:00Z", 60},
                                           ZoneCase{"Pacific/Chatham", "2026-01-01T00:00:00Z", 366},
                                           ZoneCase{"UTC", "2026-01-01T00:00:00Z", 30},
                                           ZoneCase{"Australia/Perth", "1969-12-25T00:00:00Z", 14}));

} // namespace
