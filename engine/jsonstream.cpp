#include "jsonstream.h"

namespace caredesk {

void JsonStream::indent(std::size_t depth)
{
    m_buffer.append(qsizetype(depth * 4), ' ');
}

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return; // the document itself
    if (m_counts.back()++ > 0)
        m_buffer.append(",\n", 2);
    indent(m_counts.size());
}

void JsonStream::key(const char *latin1Key)
{
    if (m_counts.back()++ > 0)
        m_buffer.append(",\n", 2);
    indent(m_counts.size());
    appendQuoted(m_buffer, QString::fromLatin1(latin1Key));
    m_buffer.append(": ", 2);
    m_afterKey = true;
}

void JsonStream::open(char bracket)
{
    beforeValue();
    m_buffer.append(bracket);
    m_buffer.append('\n');
    m_counts.push_back(0);
}

void JsonStream::close(char bracket)
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count > 0)
        m_buffer.append('\n');
    indent(m_counts.size());
    m_buffer.append(bracket);
    if (m_counts.empty())
        m_buffer.append('\n');
    maybeFlush();
}

void JsonStream::value(const QString &text)
{
    beforeValue();
    appendQuoted(m_buffer, text);
    maybeFlush();
}

void JsonStream::value(qint64 number)
{
    beforeValue();
    m_buffer.append(QByteArray::number(number));
}

void JsonStream::value(bool flag)
{
    beforeValue();
    m_buffer.append(flag ? "true" : "false");
}

void JsonStream::flush()
{
    if (m_buffer.isEmpty())
        return;
    std::fwrite(m_buffer.constData(), 1, std::size_t(m_buffer.size()), m_out);
    std::fflush(m_out);
    m_buffer.clear();
}

void JsonStream::appendQuoted(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                out.append(escaped, 6);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

} // namespace caredesk
