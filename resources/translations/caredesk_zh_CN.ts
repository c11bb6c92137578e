<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caredesk::AppController</name>
    <message>
        <source>Connections: %1 in use, %2 idle, %3 waiting</source>
        <translation>连接：%1 个使用中，%2 个空闲，%3 个等待中</translation>
    </message>
    <message>
        <source>There is no active staff member &quot;%1&quot;; choose who you are.</source>
        <translation>没有名为“%1”的在职员工；请选择您的身份。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The demo database could not be prepared: %1</source>
        <translation>无法准备演示数据库：%1</translation>
    </message>
    <message>
        <source> — press Ctrl+R to retry.</source>
        <translation> — 请按 Ctrl+R 重试。</translation>
    </message>
    <message>
        <source>Connected to %1 · PostgreSQL %2 · schema v%3 · %4 · practitioners: %5</source>
        <translation>已连接到 %1 · PostgreSQL %2 · 架构 v%3 · %4 · 医师：%5</translation>
    </message>
    <message>
        <source>CareDesk is locked. %1 can unlock it with their password.</source>
        <translation>CareDesk 已锁定。%1 可以输入自己的密码解锁。</translation>
    </message>
    <message>
        <source>That is not the password for %1.</source>
        <translation>这不是 %1 的密码。</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>正在重新连接 %1…</translation>
    </message>
    <message>
        <source>Reconnecting to the clinic&apos;s database…</source>
        <translation>正在重新连接诊所数据库…</translation>
    </message>
    <message>
        <source>CareDesk lost its connection to %1 and is reconnecting (to whichever of the listed servers takes writes). What you typed is kept; views reload once the database is back.</source>
        <translation>CareDesk 与 %1 的连接已断开，正在重新连接（连接到所列服务器中可写入的那一台）。您输入的内容会保留；数据库恢复后各视图会重新加载。</translation>
    </message>
    <message>
        <source>--clinic: There is no clinic &quot;%1&quot; among yours (%2)</source>
        <translation>--clinic：您所在的诊所中没有“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>caredesk::AuditDialog</name>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>批量更改</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>更改前后</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>更改人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>医师(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>任意医师</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n change(s); narrow the filter to see older ones.</source>
        <translation>
            <numerusform>仅显示最新的 %n 项更改；请缩小筛选范围以查看更早的更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In effect until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>每周出诊时间</translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityController</name>
    <message>
        <source>You work on %1; front desk can book you that day.</source>
        <translation>您将在 %1 照常出诊；前台可以为您预约当天的就诊。</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>已删除：%1。</translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: %1</source>
        <translation>无法加载医师列表：%1</translation>
    </message>
    <message>
        <source>There is no practitioner calendar for you to open.</source>
        <translation>没有可供您打开的医师日历。</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>无法加载日历：%1</translation>
    </message>
    <message>
        <source>Blocked %1.</source>
        <translation>已将 %1 设为停诊。</translation>
    </message>
    <message>
        <source>Blocked %1 to %2.</source>
        <translation>已将 %1 至 %2 设为停诊。</translation>
    </message>
    <message>
        <source>The weekly hours could not be loaded: %1</source>
        <translation>无法加载每周出诊时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) kept and flagged for the front desk.</source>
        <translation>
            <numerusform>%n 个已有预约已保留，并为前台加以标记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityResultsModel</name>
    <message>
        <source>Free slots: %1, first at %2</source>
        <extracomment>%1 is how many slots are free that day, %2 the first one&apos;s time</extracomment>
        <translation>空闲时段：%1 个，最早 %2</translation>
    </message>
    <message>
        <source>No free slot</source>
        <extracomment>booked up, too short for the appointment, in the past, or outside the chosen times</extracomment>
        <translation>无空闲时段</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>不出诊</translation>
    </message>
    <message>
        <source>Clinic closed — %1</source>
        <extracomment>%1 lists the reasons, e.g. &quot;Christmas closure&quot;</extracomment>
        <translation>诊所停诊 — %1</translation>
    </message>
    <message>
        <source>Not available — %1</source>
        <translation>不可预约 — %1</translation>
    </message>
    <message>
        <source>Free slots: %1</source>
        <extracomment>free slots that day across the practitioners shown</extracomment>
        <translation>空闲时段：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a slot, start – end</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>caredesk::AvailabilityWorkspace</name>
    <message>
        <source>+ &amp;Block Date…</source>
        <translation>+ 停诊日期(&amp;B)…</translation>
    </message>
    <message>
        <source>Weekly &amp;Hours…</source>
        <translation>每周出诊时间(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Work This Day…</source>
        <translation>当天照常出诊(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Undo Working</source>
        <translation>撤销照常出诊(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove Block</source>
        <translation>删除个人停诊(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open in Book</source>
        <translation>在预约中打开(&amp;O)</translation>
    </message>
    <message>
        <source>My Availability</source>
        <translation>我的可约时间</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>医师(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation>周(&amp;E)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous month or week (Page Up)</source>
        <translation>上个月或上一周（Page Up）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next month or week (Page Down)</source>
        <translation>下个月或下一周（Page Down）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>转到今天（Home）</translation>
    </message>
    <message>
        <source>Block the selected days (Ctrl+B)</source>
        <translation>将所选日期设为停诊（Ctrl+B）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>当日详情</translation>
    </message>
    <message>
        <source>The clinic is closed; work this day anyway</source>
        <translation>诊所当天停诊；仍照常出诊</translation>
    </message>
    <message>
        <source>Remove the selected block (Delete)</source>
        <translation>删除所选的个人停诊（Delete）</translation>
    </message>
    <message>
        <source>Block Date</source>
        <translation>停诊日期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>出诊时间：%1</translation>
    </message>
    <message>
        <source>Clinic-wide: %1</source>
        <translation>全诊所：%1</translation>
    </message>
    <message>
        <source>No booked appointments</source>
        <translation>没有预约</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Booked Appointments in the Way</source>
        <translation>受影响的预约</translation>
    </message>
    <message>
        <source>Booked appointments inside this block: %1</source>
        <translation>此个人停诊时间内已有预约：%1 个</translation>
    </message>
    <message>
        <source>Keep them and the front desk sees them flagged on the day sheet, or reschedule them yourself in Book.</source>
        <translation>保留这些预约，前台会在日程单上看到标记；或者由您自己在“预约”中改约。</translation>
    </message>
    <message>
        <source>&amp;Keep Them and Tell the Front Desk</source>
        <translation>保留并通知前台(&amp;K)</translation>
    </message>
    <message>
        <source>Save and &amp;Reschedule in Book</source>
        <translation>保存并在预约中改约(&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: the appointments stay as they are.</source>
        <translation>未保存：预约保持不变。</translation>
    </message>
    <message>
        <source>Work This Day</source>
        <translation>当天照常出诊</translation>
    </message>
    <message>
        <source>The clinic is closed on %1 (%2). Work anyway:</source>
        <translation>诊所于 %1 停诊（%2）。仍照常出诊：</translation>
    </message>
    <message>
        <source>My &amp;usual hours</source>
        <translation>我的常规出诊时间(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;These hours:</source>
        <translation>以下时间(&amp;T)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Working during %1</source>
        <translation>%1期间照常出诊</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>删除个人停诊</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Those days become bookable again.</source>
        <translation>删除“%1”？这些日期将重新开放预约。</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) selected: %1 – %2</source>
        <translation>
            <numerusform>已选 %n 天：%1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::BlockDialog</name>
    <message>
        <source>Block Date — %1</source>
        <translation>停诊日期 — %1</translation>
    </message>
    <message>
        <source>Block one day or a range of days, all day or part of each day. Booked appointments it would hit are listed before anything is saved.</source>
        <translation>可将某一天或连续多天设为停诊，可选全天或每天的部分时段。保存之前，会先列出受影响的已有预约。</translation>
    </message>
    <message>
        <source>optional, e.g. Conference</source>
        <translation>可选，例如：学术会议</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Checking booked appointments…</source>
        <translation>正在检查已有预约…</translation>
    </message>
</context>
<context>
    <name>caredesk::BookController</name>
    <message>
        <source>The day sheet could not be loaded: %1</source>
        <translation>无法加载日程单：%1</translation>
    </message>
    <message>
        <source>Moved %1 to %2 at %3.</source>
        <translation>已将 %1 的预约改到 %2 %3。</translation>
    </message>
    <message>
        <source>That slot was just taken — choose another one for %1.</source>
        <translation>该时段刚刚被占用，请为 %1 另选一个时段。</translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s appointment meanwhile; it was not moved. Check the day sheet.</source>
        <translation>其他人刚刚修改了 %1 的预约，因此未能改约。请查看日程单。</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未改约：%1</translation>
    </message>
    <message>
        <source>Cancelled %1&apos;s appointment with %2.</source>
        <translation>已取消 %1 与 %2 的预约。</translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s appointment meanwhile; it was not cancelled. Check it again.</source>
        <translation>其他人刚刚修改了 %1 的预约，因此未能取消。请重新核对。</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>未取消：%1</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>搜索已停止。</translation>
    </message>
    <message>
        <source>The clinic could not be loaded: %1</source>
        <translation>无法加载诊所信息：%1</translation>
    </message>
    <message>
        <source>Times are clinic time (%1)</source>
        <translation>时间均为诊所当地时间（%1）</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Looking for the next free slot…</source>
        <translation>正在查找下一个空闲时段…</translation>
    </message>
    <message>
        <source>Booked %1 with %2 on %3 at %4.</source>
        <translation>已为 %1 预约 %2，时间为 %3 %4。</translation>
    </message>
    <message>
        <source>That slot was just taken. %1&apos;s details are kept — choose another slot.</source>
        <translation>该时段刚刚被占用。%1 的信息已保留，请另选一个时段。</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>未能预约：%1</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n day(s)…</source>
        <translation>
            <numerusform>正在搜索 %n 天…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No free slot in the next %n day(s) for this search.</source>
        <translation>
            <numerusform>未来 %n 天内没有符合此搜索条件的空闲时段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every visit…</source>
        <translation>正在检查每次就诊…</translation>
    </message>
    <message>
        <source>The series was not checked: %1</source>
        <translation>未能检查该系列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2, %3 at %4, %n visit(s)</source>
        <translation>
            <numerusform>%1，%2，%3 %4，共 %n 次就诊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n visit(s) for %1 with %2, the first on %3 at %4.</source>
        <translation>
            <numerusform>已为 %1 预约 %2 的 %n 次就诊，首次为 %3 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was booked: %1. Check the visits again.</source>
        <translation>未预约任何就诊：%1。请重新检查各次就诊。</translation>
    </message>
    <message>
        <source>The waitlist could not be loaded: %1</source>
        <translation>无法加载候补名单：%1</translation>
    </message>
    <message>
        <source>%1 is on the waitlist.</source>
        <translation>%1 已加入候补名单。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Booked %1 from the waitlist with %2 on %3 at %4.</source>
        <translation>已从候补名单为 %1 预约 %2，时间 %3 %4。</translation>
    </message>
    <message>
        <source>%1 is off the waitlist.</source>
        <translation>%1 已移出候补名单。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未移除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n visit(s) of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>
            <numerusform>已取消 %1 的系列中的 %n 次就诊。可用“工具 → 撤销上一次批量更改”恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n visit(s) of %1&apos;s series. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>
            <numerusform>已移动 %1 的系列中的 %n 次就诊。可用“工具 → 撤销上一次批量更改”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>未移动任何就诊：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::BookDialog</name>
    <message>
        <source>Book Appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Patient phone</source>
        <translation>患者电话</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1（%2 分钟）</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>患者姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name to book.</source>
        <translation>请先输入患者姓名再预约。</translation>
    </message>
    <message>
        <source>&amp;Repeat weekly</source>
        <translation>每周重复(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat weekly</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <source>Repeat every how many weeks</source>
        <translation>每隔几周重复</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>就诊次数</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>&amp;Check Visits…</source>
        <translation>检查各次就诊(&amp;C)…</translation>
    </message>
    <message>
        <source>The next step lists every visit and whether it is free.</source>
        <translation>下一步会列出每次就诊及其是否空闲。</translation>
    </message>
</context>
<context>
    <name>caredesk::BookWorkspace</name>
    <message>
        <source>Only &amp;between</source>
        <translation>仅限(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Available</source>
        <translation>下一个空闲时段(&amp;N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>最早开始时间</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>最晚结束时间</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包括%1</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>医师(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>预约类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Free slots by day and practitioner</source>
        <translation>按日期和医师列出的空闲时段</translation>
    </message>
    <message>
        <source>Stop Rescheduling</source>
        <translation>停止改约</translation>
    </message>
    <message>
        <source>&amp;Find a Slot</source>
        <translation>查找时段(&amp;F)</translation>
    </message>
    <message>
        <source>Da&amp;y Sheet</source>
        <translation>日程单(&amp;Y)</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>任意医师</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>任意时长</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1（%2 分钟）</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Move %1&apos;s appointment to %2?</source>
        <translation>将 %1 的预约改到 %2？</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>改约(&amp;M)</translation>
    </message>
    <message>
        <source>Several practitioners…</source>
        <translation>多位医师…</translation>
    </message>
    <message>
        <source>Choose Practitioners</source>
        <translation>选择医师</translation>
    </message>
    <message>
        <source>Search the diaries of (Space ticks):</source>
        <translation>搜索以下医师的日程（按空格键勾选）：</translation>
    </message>
    <message>
        <source>Practitioners to search</source>
        <translation>要搜索的医师</translation>
    </message>
    <message>
        <source>&amp;Move Here…</source>
        <translation>改到此处(&amp;M)…</translation>
    </message>
    <message>
        <source>Rescheduling %1 (%2): choose a new slot, then Move Here. Esc stops.</source>
        <translation>正在为 %1（%2）改约：请选择新的时段，然后点击“改到此处”。按 Esc 可停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen practitioner(s)…</source>
        <translation>
            <numerusform>已选 %n 位医师…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait&amp;list</source>
        <translation>候补名单(&amp;L)</translation>
    </message>
    <message>
        <source>Wait&amp;list (%1)</source>
        <translation>候补名单(&amp;L)（%1）</translation>
    </message>
    <message numerus="yes">
        <source>A slot that fits the waitlist is free: %1, %2 at %3 (%n waiting). Alt+L to offer it.</source>
        <translation>
            <numerusform>有符合候补名单的空档：%1，%2 %3（%n 人候补）。按 Alt+L 提供给患者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Series</source>
        <translation>移动系列</translation>
    </message>
    <message>
        <source>Move %1&apos;s visit %2 and every later visit of the series to %3 (the later ones as many days on, at the same time)?</source>
        <translation>将 %1 的第 %2 次就诊及该系列之后的每次就诊移到 %3（之后的各次顺延相同天数，时间相同）？</translation>
    </message>
    <message>
        <source>&amp;Move the Visits</source>
        <translation>移动这些就诊(&amp;M)</translation>
    </message>
    <message>
        <source>Moving %1&apos;s series from visit %2 on: choose the new slot for this visit, then Move Here. Esc stops.</source>
        <translation>正在移动 %1 的系列（自第 %2 次起）：为这次就诊选择新的时间，然后点“移到这里”。按 Esc 停止。</translation>
    </message>
</context>
<context>
    <name>caredesk::BulkChangesDialog</name>
    <message>
        <source>Bulk Changes</source>
        <translation>批量更改</translation>
    </message>
    <message>
        <source>Practitioners to change</source>
        <translation>要更改的医师</translation>
    </message>
    <message>
        <source>Practitioners to &amp;change:</source>
        <translation>要更改的医师(&amp;C)：</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;None</source>
        <translation>全部取消勾选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Weekly Hours</source>
        <translation>每周出诊时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Blocks and Closure-Day Work</source>
        <translation>个人停诊和停诊日照常出诊(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tick who changes, then preview. Nothing changes before Apply.</source>
        <translation>请勾选要更改的医师，然后预览。点击“应用”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Weekly hours from</source>
        <translation>每周出诊时间来源</translation>
    </message>
    <message>
        <source>Apply from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>&amp;Hours from:</source>
        <translation>出诊时间来源(&amp;H)：</translation>
    </message>
    <message>
        <source>Apply fro&amp;m:</source>
        <translation>生效日期(&amp;M)：</translation>
    </message>
    <message>
        <source>Weekly hours preview</source>
        <translation>每周出诊时间预览</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;pply to Ticked</source>
        <translation>应用到已勾选的医师(&amp;P)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>e.g. Standard week</source>
        <translation>例如：标准周</translation>
    </message>
    <message>
        <source>&amp;Save These Hours as Template</source>
        <translation>将这些出诊时间另存为模板(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the weekly hours of the practitioner chosen above under this name</source>
        <translation>以此名称保存上方所选医师的每周出诊时间</translation>
    </message>
    <message>
        <source>&amp;Delete Template</source>
        <translation>删除模板(&amp;D)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>复制来源</translation>
    </message>
    <message>
        <source>B&amp;locks (holiday, vacation, blocked)</source>
        <translation>个人停诊（假日、休假、停诊）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Working on closure days</source>
        <translation>停诊日照常出诊(&amp;W)</translation>
    </message>
    <message>
        <source>Ending on or after</source>
        <translation>结束日期不早于</translation>
    </message>
    <message>
        <source>Copy f&amp;rom:</source>
        <translation>复制来源(&amp;R)：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Ending on or &amp;after:</source>
        <translation>结束日期不早于(&amp;A)：</translation>
    </message>
    <message>
        <source>Copy preview</source>
        <translation>复制预览</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Pre&amp;view Copy</source>
        <translation>预览复制(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;opy to Ticked</source>
        <translation>复制到已勾选的医师(&amp;O)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>Weekly hours of %1</source>
        <translation>%1 的每周出诊时间</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>无出诊时间</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n practitioner(s) get new hours; earlier weeks keep theirs. Nothing has changed yet.</source>
        <translation>
            <numerusform>预览：%n 位医师将采用新的出诊时间；此前各周保留原出诊时间。尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Nothing to copy: the ticked practitioners have all of these already.</source>
        <translation>没有可复制的内容：已勾选的医师均已有这些条目。</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n entry(s) would be added. Nothing has changed yet.</source>
        <translation>
            <numerusform>预览：将添加 %n 个条目。尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新时间</translation>
    </message>
</context>
<context>
    <name>caredesk::BulkController</name>
    <message>
        <source>Could not load the practitioners: %1</source>
        <translation>无法加载医师列表：%1</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;</source>
        <translation>不存在模板“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Template &quot;%1&quot; for %n practitioner(s) from %2</source>
        <translation>
            <numerusform>模板“%1”，用于 %n 位医师，自 %2 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly hours of %1 for %n practitioner(s) from %2</source>
        <translation>
            <numerusform>%1 的每周出诊时间，用于 %n 位医师，自 %2 起</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Done: %1. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>已完成：%1。可通过“工具 → 撤销上次批量更改”撤回。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing to copy: the ticked practitioners had all of it by now.</source>
        <translation>没有可复制的内容：已勾选的医师此时已拥有全部条目。</translation>
    </message>
    <message>
        <source>Copied. Tools → Undo Last Bulk Change takes it back.</source>
        <translation>已复制。可通过“工具 → 撤销上次批量更改”撤回。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Deleted the template &quot;%1&quot;.</source>
        <translation>已删除模板“%1”。</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>已保存模板“%1”。</translation>
    </message>
    <message>
        <source>Could not look for the last bulk change: %1</source>
        <translation>无法查找上次批量更改：%1</translation>
    </message>
    <message>
        <source>There is no bulk change to undo.</source>
        <translation>没有可撤销的批量更改。</translation>
    </message>
    <message>
        <source>Undone: every row is back as it was.</source>
        <translation>已撤销：所有记录均已恢复原状。</translation>
    </message>
    <message>
        <source>The audit log could not be opened: %1</source>
        <translation>无法打开审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The last bulk change, &quot;%1&quot;, was made by %2: only they or a manager can undo it.</source>
        <translation>最近一次批量更改“%1”由 %2 所做：只有本人或经理可以撤销。</translation>
    </message>
</context>
<context>
    <name>caredesk::CalendarModel</name>
    <message>
        <source>Not working</source>
        <translation>不出诊</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>出诊</translation>
    </message>
    <message>
        <source>Partly blocked</source>
        <translation>部分时段停诊</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>停诊</translation>
    </message>
    <message>
        <source>Clinic closed</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Working on a closure day</source>
        <translation>停诊日照常出诊</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Closed — %1</source>
        <translation>停诊 — %1</translation>
    </message>
    <message>
        <source>Working %1 (clinic closed)</source>
        <translation>出诊 %1（诊所停诊）</translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation>照常出诊</translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation>已预约：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::CapacityController</name>
    <message>
        <source>Capacity could not be loaded: %1</source>
        <translation>无法加载接诊容量：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>未保存：%1：%2</translation>
    </message>
</context>
<context>
    <name>caredesk::CapacityWorkspace</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>接诊容量</translation>
    </message>
    <message>
        <source>Booked against available hours per practitioner and week, from the same rules that decide bookable slots. Closures and personal blocks show what they took.</source>
        <translation>按医师和周显示已预约时长与可约时长的对比，计算规则与决定可预约时段的规则相同。诊所停诊和个人停诊所占用的时长也会一并显示。</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation>未来周数(&amp;W)：</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>未来周数</translation>
    </message>
    <message>
        <source>Hours of the selected week by practitioner</source>
        <translation>所选周各医师的小时数</translation>
    </message>
    <message>
        <source>&amp;Booked share of available hours, week by week (select a week to chart it):</source>
        <translation>每周已预约时长占可约时长的比例（选择一周可生成图表）(&amp;B)：</translation>
    </message>
    <message>
        <source>Utilisation heat map</source>
        <translation>利用率热力图</translation>
    </message>
    <message>
        <source>Export Capacity as CSV</source>
        <translation>将接诊容量导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>No practitioners to show</source>
        <translation>没有可显示的医师</translation>
    </message>
    <message>
        <source>Week of %1: hours by practitioner</source>
        <translation>%1 当周：各医师小时数</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Personal blocks</source>
        <translation>个人停诊</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>caredesk::Change</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>New weekly hours apply from %1.</source>
        <translation>新的每周出诊时间自 %1 起生效。</translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresController</name>
    <message>
        <source>The closures could not be loaded: %1</source>
        <translation>无法加载停诊：%1</translation>
    </message>
    <message>
        <source>The appointments inside could not be loaded: %1</source>
        <translation>无法加载停诊期间的预约：%1</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>已删除：%1。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Nothing to preview: %1</source>
        <translation>没有可预览的内容：%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The holiday feeds could not be loaded: %1</source>
        <translation>无法加载假日订阅源：%1</translation>
    </message>
    <message>
        <source>The holiday feeds could not be checked: %1</source>
        <translation>无法检查假日订阅源：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped checking %1; its closures stay.</source>
        <translation>已停止检查 %1；从中导入的停诊将保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s) added</source>
        <translation>
            <numerusform>新增 %n 个停诊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>拒绝 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <extracomment>%1 is the file or feed, %2 a list such as &quot;3 closures added, 1 changed and 0 removed&quot;</extracomment>
        <translation>已从 %1 导入：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the ticked changes had been made meanwhile by someone else.</source>
        <translation>
            <numerusform>勾选的更改中有 %n 项已在此期间由他人完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresModel</name>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Booked inside: %1</source>
        <translation>期间已有预约：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a date range, first – last
----------
a part-day closure&apos;s hours, from – to</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation>照常出诊</translation>
    </message>
    <message>
        <source>Appointments inside</source>
        <translation>期间的预约</translation>
    </message>
    <message>
        <source>%1 · whole chain</source>
        <extracomment>the kind of a closure that closes every clinic of a chain, e.g. &quot;Public holiday · whole chain&quot;</extracomment>
        <translation>%1 · 全连锁</translation>
    </message>
</context>
<context>
    <name>caredesk::ClosuresWorkspace</name>
    <message>
        <source>Add &amp;Closure</source>
        <translation>添加停诊(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Clinic Closures</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>A closure applies to every practitioner, unless one has chosen to work that day.</source>
        <translation>停诊适用于所有医师，除非某位医师已选择当天照常出诊。</translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Booked &amp;inside the selected closure:</source>
        <translation>所选停诊期间的预约(&amp;I)：</translation>
    </message>
    <message>
        <source>Booked appointments inside the selected closure</source>
        <translation>所选停诊期间已有的预约</translation>
    </message>
    <message>
        <source>&amp;Open in Book</source>
        <translation>在预约中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年历(&amp;Y)</translation>
    </message>
    <message>
        <source>CareDesk checks each feed once a day and when you ask; new, changed and removed holidays wait here for you to review. Nothing changes on its own.</source>
        <translation>CareDesk 每天检查一次各订阅源，您也可以随时要求检查；新增、更改和移除的假日会在此等待您审阅。系统不会自行做出任何更改。</translation>
    </message>
    <message>
        <source>Holiday feeds</source>
        <translation>假日订阅源</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>停诊</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>订阅(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation>立即检查(&amp;H)</translation>
    </message>
    <message>
        <source>Checks the selected feed, or every feed when none is selected</source>
        <translation>检查所选订阅源；未选择时检查所有订阅源</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>审阅更改(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move Feed…</source>
        <translation>移除订阅源(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>订阅源(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>审阅(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>移除订阅源</translation>
    </message>
    <message>
        <source>Stop checking %1? The closures imported from it stay.</source>
        <translation>要停止检查 %1 吗？从中导入的停诊将保留。</translation>
    </message>
    <message>
        <source>e.g. Christmas closure</source>
        <translation>例如：圣诞节停诊</translation>
    </message>
    <message>
        <source>Import closures from a calendar file or a holiday feed (Ctrl+I)</source>
        <translation>从日历文件或假日订阅源导入停诊（Ctrl+I）</translation>
    </message>
    <message>
        <source>%1 %2 — %3 with %4</source>
        <translation>%1 %2 — %3（医师：%4）</translation>
    </message>
    <message>
        <source>None: nobody is booked inside this closure.</source>
        <translation>无：此停诊期间没有任何预约。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Holiday feed changes are waiting for review: %1.</source>
        <translation>以下假日订阅源有更改等待审阅：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete Closure</source>
        <translation>删除停诊</translation>
    </message>
    <message>
        <source>Delete the closure %1? Practitioners become bookable on those days again.</source>
        <translation>要删除停诊 %1 吗？这些日期将重新开放医师的预约。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n 项更改待审阅</numerusform>
        </translation>
    </message>
    <message>
        <source>For the &amp;whole chain: every clinic closes</source>
        <translation>整个连锁(&amp;W):所有诊所都休诊</translation>
    </message>
    <message>
        <source>For the whole chain: every clinic closes</source>
        <translation>整个连锁:所有诊所都休诊</translation>
    </message>
    <message>
        <source>A national public holiday closes every clinic of the chain; a state holiday only this one</source>
        <translation>全国公共假日会关闭连锁中的所有诊所;州假日只关闭本诊所</translation>
    </message>
    <message>
        <source>This closure closes every clinic of the chain; only a chain manager can delete it</source>
        <translation>此休诊适用于连锁中的所有诊所;只有连锁经理可以删除它</translation>
    </message>
    <message>
        <source>%1 (whole chain)</source>
        <translation>%1(全连锁)</translation>
    </message>
</context>
<context>
    <name>caredesk::ConflictsController</name>
    <message>
        <source>Looking for appointments to resolve…</source>
        <translation>正在查找需处理的预约…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <source>Finding the next free times…</source>
        <translation>正在查找下一个空闲时间…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>正在改约…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n appointment(s) to the previewed times. Let the patients know.</source>
        <translation>
            <numerusform>已将 %n 个预约改到预览的时间。请通知患者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>未取消任何预约：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s).</source>
        <translation>
            <numerusform>已取消 %n 个预约。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Not exported: %1 could not be written (%2).</source>
        <translation>未导出：无法写入 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) for phoning to %1.</source>
        <translation>
            <numerusform>已将 %n 个需电话通知的预约保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list changed meanwhile: preview again.</source>
        <translation>列表已在此期间更改：请重新预览。</translation>
    </message>
    <message>
        <source>These appointments changed meanwhile, so the preview was dropped: preview the move again.</source>
        <translation>这些预约在此期间已有变动，预览已作废：请重新预览改约。</translation>
    </message>
</context>
<context>
    <name>caredesk::ConflictsDialog</name>
    <message>
        <source>&amp;Preview Move</source>
        <translation>预览改约(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move as Previewed</source>
        <translation>按预览改约(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointments…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export for Phoning…</source>
        <translation>导出电话通知列表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Appointments to Resolve</source>
        <translation>需处理的预约</translation>
    </message>
    <message>
        <source>Appointments to resolve</source>
        <translation>需处理的预约</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Proposed time</source>
        <translation>建议时间</translation>
    </message>
    <message>
        <source>Finds each practitioner&apos;s next free time for the selected appointments (all when none is selected); nothing changes yet</source>
        <translation>为所选预约查找各医师的下一个空闲时间（未选择时为全部预约）；此时不会做任何更改</translation>
    </message>
    <message>
        <source>Moves the appointments to exactly the previewed times, all or none</source>
        <translation>将预约严格改到预览的时间；要么全部改约，要么全部不改</translation>
    </message>
    <message>
        <source>Saves patient, phone, old time and proposed time as CSV</source>
        <translation>将患者、电话、原时间和建议时间保存为 CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel Appointments</source>
        <translation>取消预约</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n appointment(s)? Phone the patients first; the list can be exported.</source>
        <translation>
            <numerusform>要取消 %n 个预约吗？请先致电通知患者；可以导出该列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel Them</source>
        <translation>取消这些预约(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留这些预约(&amp;K)</translation>
    </message>
    <message>
        <source>Export for Phoning</source>
        <translation>导出电话通知列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No booked appointment is on a closure or block day or outside working hours.</source>
        <translation>没有预约落在诊所停诊日、个人停诊日或出诊时间之外。</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) the clinic&apos;s closures, blocks or hours no longer allow. Select some (or none for all), then preview a move, cancel or export the list.</source>
        <translation>
            <numerusform>有 %n 个预约因诊所停诊、个人停诊或出诊时间而不再可行。请选择部分预约（不选则为全部），然后预览改约、取消预约或导出列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>no free time found</source>
        <translation>未找到空闲时间</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n appointment(s) would move as shown. Nothing has changed yet.</source>
        <translation>
            <numerusform>预览：%n 个预约将按所示时间改约。尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n appointment(s) have no free time in the next two months and would stay; phone those patients.</source>
        <translation>
            <numerusform>预览：%n 个预约在未来两个月内没有空闲时间，将保持不变；请致电通知这些患者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels the selected appointments, after asking</source>
        <translation>询问后取消所选预约</translation>
    </message>
    <message>
        <source>The selection changed: preview again before moving.</source>
        <translation>选择已更改：改约前请重新预览。</translation>
    </message>
    <message>
        <source>%1 (series %2, visit %3)</source>
        <translation>%1（系列 %2，第 %3 次）</translation>
    </message>
</context>
<context>
    <name>caredesk::CredentialStore</name>
    <message>
        <source>This computer has no keychain to keep the password in.</source>
        <translation>此电脑没有可用于保存密码的钥匙串。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>钥匙串拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>钥匙串未及时响应。</translation>
    </message>
</context>
<context>
    <name>caredesk::DateFormat</name>
    <message>
        <source>%1, %2</source>
        <extracomment>a day and a time of day, e.g. Fri 27 Nov, 09:30</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>date pattern (QDate::toString): day and short month, e.g. 27 Nov</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>date pattern (QDate::toString): short weekday, day, short month, e.g. Fri 27 Nov</extracomment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>date pattern (QDate::toString): short weekday, day, short month, year, e.g. Fri 27 Nov 2026</extracomment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>date pattern (QDate::toString): weekday, day, month, year, e.g. Friday 27 November 2026</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>date pattern (QDate::toString): day and month, e.g. 27 November</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>date pattern (QDate::toString): day, month and year, e.g. 27 November 2026</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>date pattern (QDate::toString): month and year, e.g. November 2026</extracomment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>caredesk::DaySheetModel</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>未到诊</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>⚠ Now blocked: %1 — reschedule</source>
        <translation>⚠ 现已停诊：%1 — 请改约</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Series %1, visit %2</source>
        <translation>系列 %1，第 %2 次</translation>
    </message>
</context>
<context>
    <name>caredesk::DaySheetPanel</name>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改约(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel &amp;Appointment…</source>
        <translation>取消预约(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print &amp;Week Roster…</source>
        <translation>打印周排班表(&amp;W)…</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>医师(&amp;P)：</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部医师</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>当天的预约</translation>
    </message>
    <message>
        <source>Print the day sheet shown, with a preview (Ctrl+P)</source>
        <translation>打印当前显示的日程单，打印前可预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print who works when in this day&apos;s week</source>
        <translation>打印该日所在周各医师的出诊安排</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>当天没有预约。</translation>
    </message>
    <message>
        <source>Save Day Sheet as PDF</source>
        <translation>将日程单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>日程单-%1.pdf</translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment with %2 at %3 on %4? The slot becomes free for others.</source>
        <translation>要取消患者 %1 于 %4 %3 与 %2 的预约吗？该时段将空出，可供他人预约。</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation>取消预约(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>保留预约(&amp;K)</translation>
    </message>
    <message>
        <source>Moves this visit and every later one of the series to the slot you choose next</source>
        <translation>将这次及该系列之后的每次就诊移到接下来选择的时间</translation>
    </message>
    <message>
        <source>Cancels this visit and every later one of the series</source>
        <translation>取消这次及该系列之后的每次就诊</translation>
    </message>
    <message>
        <source>Cancel Series From Here</source>
        <translation>自此取消系列</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s visit %2 on %3 and every later visit of the series? Tools → Undo Last Bulk Change takes it back.</source>
        <translation>取消 %1 在 %3 的第 %2 次就诊及该系列之后的每次就诊？可用“工具 → 撤销上一次批量更改”恢复。</translation>
    </message>
    <message>
        <source>&amp;Cancel the Visits</source>
        <translation>取消这些就诊(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>系列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move This and Later Visits…</source>
        <translation>移动这次及之后的就诊(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Cancel This and Later Visits…</source>
        <translation>取消这次及之后的就诊(&amp;C)…</translation>
    </message>
    <message>
        <source>Move or cancel this visit and every later one of its series</source>
        <translation>移动或取消这次及该系列之后的每次就诊</translation>
    </message>
</context>
<context>
    <name>caredesk::DiagnosticsDialog</name>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Connect options: %1</source>
        <translation>连接选项：%1</translation>
    </message>
    <message>
        <source>Pool (size %1, overflow %2):</source>
        <translation>连接池（大小 %1，溢出上限 %2）：</translation>
    </message>
    <message>
        <source>  connections %1 · idle %2 · in use %3 · overflow %4 · waiting %5</source>
        <translation>  连接 %1 · 空闲 %2 · 使用中 %3 · 溢出 %4 · 等待中 %5</translation>
    </message>
    <message>
        <source>  checkouts %1 · timeouts %2 · pre-ping failures %3 · discarded %4 · recycled %5</source>
        <translation>  借出 %1 · 超时 %2 · 预检失败 %3 · 丢弃 %4 · 回收 %5</translation>
    </message>
    <message>
        <source>  retries %1 · writes resolved after a lost connection %2 · watchdog %3 · leak warnings %4</source>
        <translation>  重试 %1 · 断线后确认的写入 %2 · 看门狗终止 %3 · 泄漏警告 %4</translation>
    </message>
    <message>
        <source>  longest wait for a connection: %1 ms</source>
        <translation>  等待连接的最长时间：%1 ms</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation>最近的问题：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>  writes a read-only server refused: %1</source>
        <translation>  只读服务器拒绝的写入：%1</translation>
    </message>
    <message>
        <source>Connections (as each last saw its server):</source>
        <translation>各连接（按其最近一次所见的服务器）：</translation>
    </message>
    <message>
        <source>  none open</source>
        <translation>  没有已打开的连接</translation>
    </message>
    <message>
        <source>  connection %1: not connected</source>
        <translation>  连接 %1：未连接</translation>
    </message>
    <message>
        <source>  connection %1: %2:%3 · %4</source>
        <translation>  连接 %1：%2:%3 · %4</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>备用服务器</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>  statement timeout: set by each transaction (a pooler refused startup options)</source>
        <translation>  语句超时：由每个事务设置（连接池拒绝了启动选项）</translation>
    </message>
    <message>
        <source>  statement timeout: set when connecting</source>
        <translation>  语句超时：连接时设置</translation>
    </message>
    <message>
        <source>Live updates: %1</source>
        <translation>实时更新：%1</translation>
    </message>
    <message>
        <source>Reads from a standby: off (everything reads the connection above)</source>
        <translation>从备用服务器读取：关闭（全部从上方连接读取）</translation>
    </message>
    <message>
        <source>Reads from a standby: %1 (while its replay lag is at most %2 s)</source>
        <translation>从备用服务器读取：%1（重放延迟不超过 %2 秒时）</translation>
    </message>
    <message>
        <source>  replay lag: not known yet</source>
        <translation>  重放延迟：尚不清楚</translation>
    </message>
    <message>
        <source>  replay lag: %1 ms</source>
        <translation>  重放延迟：%1 毫秒</translation>
    </message>
    <message>
        <source>  reads served there %1 · served by the connection above instead %2</source>
        <translation>  由备用服务器读取 %1 · 改由上方连接读取 %2</translation>
    </message>
</context>
<context>
    <name>caredesk::Engine</name>
    <message>
        <source>Unknown practitioner: %1</source>
        <translation>未知医师：%1</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 已是过去的时间</translation>
    </message>
    <message>
        <source>slot just taken</source>
        <translation>该时段刚刚被占用</translation>
    </message>
    <message>
        <source>%1 is not available then: %2</source>
        <translation>%1 在该时间不可预约：%2</translation>
    </message>
    <message>
        <source>%1 does not work from %2 to %3</source>
        <translation>%1 在 %2 至 %3 不出诊</translation>
    </message>
    <message>
        <source>Appointment %1 has changed (version %2, not %3); reload it</source>
        <translation>预约 %1 已被更改（版本为 %2，而非 %3）；请重新加载</translation>
    </message>
    <message>
        <source>There is no appointment %1</source>
        <translation>不存在预约 %1</translation>
    </message>
    <message>
        <source>The patient&apos;s name is missing</source>
        <translation>缺少患者姓名</translation>
    </message>
    <message>
        <source>The start time is missing or not valid</source>
        <translation>开始时间缺失或无效</translation>
    </message>
    <message>
        <source>Unknown appointment type: %1</source>
        <translation>未知预约类型：%1</translation>
    </message>
    <message>
        <source>An appointment of %1 minutes is longer than a day</source>
        <translation>%1 分钟的预约超过了一天</translation>
    </message>
    <message>
        <source>Appointment %1 is cancelled</source>
        <translation>预约 %1 已取消</translation>
    </message>
    <message>
        <source>Appointment %1 changed while it was being moved; reload it</source>
        <translation>预约 %1 在改约过程中被更改；请重新加载</translation>
    </message>
    <message>
        <source>Appointment %1 changed while it was being cancelled; reload it</source>
        <translation>预约 %1 在取消过程中被更改；请重新加载</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1名称不能为空</translation>
    </message>
    <message>
        <source>The clinic needs a name</source>
        <translation>诊所名称不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows (e.g. Australia/Sydney)</source>
        <translation>“%1”不是此电脑可识别的时区（例如 Australia/Sydney）</translation>
    </message>
    <message>
        <source>The slot step is between 5 and 240 minutes, not %1</source>
        <translation>时段间隔须在 5 到 240 分钟之间，而不是 %1</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>The appointment type</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>An appointment lasts 5 to 480 minutes, not %1</source>
        <translation>预约时长须为 5 到 480 分钟，而不是 %1</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>There is already a practitioner with key &quot;%1&quot;</source>
        <translation>已存在标识为“%1”的医师</translation>
    </message>
    <message>
        <source>There is no practitioner &quot;%1&quot;</source>
        <translation>不存在医师“%1”</translation>
    </message>
    <message>
        <source>There is no clinic closure %1</source>
        <translation>不存在诊所停诊 %1</translation>
    </message>
    <message>
        <source>The database connection string is not valid: %1</source>
        <translation>数据库连接字符串无效：%1</translation>
    </message>
    <message>
        <source>The database port &quot;%1&quot; is not a port number</source>
        <translation>数据库端口“%1”不是有效的端口号</translation>
    </message>
    <message>
        <source>Give a calendar file or an http(s) address</source>
        <translation>请提供日历文件或 http(s) 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>“%1”不是有效的地址：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name</source>
        <translation>“%1”缺少主机名</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1：不是文件</translation>
    </message>
    <message>
        <source>%1 is %2 KB; CareDesk reads calendars of up to %3 KB</source>
        <translation>%1 大小为 %2 KB；CareDesk 最多可读取 %3 KB 的日历</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB</source>
        <translation>%1 大于 %2 KB</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内未响应</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 的重定向超过 %2 次</translation>
    </message>
    <message>
        <source>%1 redirects from https to http, which CareDesk does not follow</source>
        <translation>%1 从 https 重定向到 http，CareDesk 不会跟随此类重定向</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s</source>
        <translation>%1 已有 %2 秒停止发送数据</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered %2: the server failed; try again later</source>
        <translation>%1 返回 %2：服务器出错；请稍后重试</translation>
    </message>
    <message>
        <source>%1 sends more than %2 KB</source>
        <translation>%1 发送的数据超过 %2 KB</translation>
    </message>
    <message>
        <source>A feed is an http or https address, not a file (&quot;%1&quot;)</source>
        <translation>订阅源必须是 http 或 https 地址，而不是文件（“%1”）</translation>
    </message>
    <message>
        <source>The feed address is longer than 2048 characters</source>
        <translation>订阅源地址超过 2048 个字符</translation>
    </message>
    <message>
        <source>%1 is saved already</source>
        <translation>%1 已保存过</translation>
    </message>
    <message>
        <source>There is no saved feed %1</source>
        <translation>不存在已保存的订阅源 %1</translation>
    </message>
    <message>
        <source>%1 declined it on %2</source>
        <translation>%1 已于 %2 拒绝此项</translation>
    </message>
    <message>
        <source>the clinic is already closed all day then (&quot;%1&quot;)</source>
        <translation>诊所当天已全天停诊（“%1”）</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>its start is not a valid date</source>
        <translation>开始日期无效</translation>
    </message>
    <message>
        <source>its start is not a valid date and time</source>
        <translation>开始时间不是有效的日期时间</translation>
    </message>
    <message>
        <source>it has no valid start date (DTSTART)</source>
        <translation>没有有效的开始日期（DTSTART）</translation>
    </message>
    <message>
        <source>its start date (DTSTART) is not a valid date</source>
        <translation>开始日期（DTSTART）不是有效日期</translation>
    </message>
    <message>
        <source>it is cancelled</source>
        <translation>该事件已取消</translation>
    </message>
    <message>
        <source>its end (DTEND) is not a valid date</source>
        <translation>结束日期（DTEND）不是有效日期</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>it has no end time (DTEND or DURATION), so no length</source>
        <translation>没有结束时间（DTEND 或 DURATION），因此无法确定时长</translation>
    </message>
    <message>
        <source>its start or end is not a valid date and time</source>
        <translation>开始或结束时间不是有效的日期时间</translation>
    </message>
    <message>
        <source>it lasts %1 days; CareDesk imports events of up to %2 days</source>
        <translation>持续 %1 天；CareDesk 最多只导入持续 %2 天的事件</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) is not valid</source>
        <translation>重复规则（RRULE）无效</translation>
    </message>
    <message>
        <source>it repeats more often than daily</source>
        <translation>重复频率高于每天一次</translation>
    </message>
    <message>
        <source>its repeat rule needs more than %1 steps to reach %2</source>
        <translation>重复规则需要超过 %1 步才能推算到 %2</translation>
    </message>
    <message>
        <source>it repeats more than %1 times between %2 and %3</source>
        <translation>在 %2 至 %3 之间重复超过 %1 次</translation>
    </message>
    <message>
        <source>it has no occurrence between %1 and %2</source>
        <translation>在 %1 至 %2 之间一次也不出现</translation>
    </message>
    <message>
        <source>it is before the import range (from %1)</source>
        <translation>早于导入范围（自 %1 起）</translation>
    </message>
    <message>
        <source>it is after the import range (to %1)</source>
        <translation>晚于导入范围（至 %1 止）</translation>
    </message>
    <message>
        <source>another event has the same UID and date</source>
        <translation>另一个事件具有相同的 UID 和日期</translation>
    </message>
    <message>
        <source>The calendar is %1 KB; CareDesk reads calendars of up to %2 KB</source>
        <translation>该日历大小为 %1 KB；CareDesk 最多可读取 %2 KB 的日历</translation>
    </message>
    <message>
        <source>The import range is empty or not valid</source>
        <translation>导入范围为空或无效</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds a NUL byte at offset %1</source>
        <translation>这不是 iCalendar 文件：偏移量 %1 处含有 NUL 字节</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it is empty</source>
        <translation>这不是 iCalendar 文件：文件为空</translation>
    </message>
    <message>
        <source>This iCalendar file could not be read: it is incomplete or malformed</source>
        <translation>无法读取此 iCalendar 文件：文件不完整或格式有误</translation>
    </message>
    <message>
        <source>This iCalendar file holds no calendar (VCALENDAR)</source>
        <translation>此 iCalendar 文件中没有日历（VCALENDAR）</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>The database refused the sign-in for %1</source>
        <translation>数据库拒绝了 %1 的登录</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1</source>
        <translation>无法连接到数据库 %1</translation>
    </message>
    <message>
        <source>The database connection pool has been shut down</source>
        <translation>数据库连接池已关闭</translation>
    </message>
    <message>
        <source>Cannot start a database connection thread</source>
        <translation>无法启动数据库连接线程</translation>
    </message>
    <message>
        <source>An unexpected error in the engine</source>
        <translation>引擎发生意外错误</translation>
    </message>
    <message>
        <source>The connection to the database was lost twice; the change was not saved</source>
        <translation>与数据库的连接两次断开；更改未保存</translation>
    </message>
    <message>
        <source>The database did not answer within %1 s; the connection was closed</source>
        <translation>数据库在 %1 秒内未响应；连接已关闭</translation>
    </message>
    <message>
        <source>The connection to the database was lost before the change was confirmed</source>
        <translation>在更改得到确认之前，与数据库的连接已断开</translation>
    </message>
    <message>
        <source>The connection to the database was lost</source>
        <translation>与数据库的连接已断开</translation>
    </message>
    <message>
        <source>The day sheet needs a date</source>
        <translation>日程单需要指定日期</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>超出出诊时间</translation>
    </message>
    <message>
        <source>A clinic closure is of kind closure or holiday, not &quot;%1&quot;</source>
        <translation>诊所停诊的类型只能是 closure（停诊）或 holiday（假日），而不是“%1”</translation>
    </message>
    <message>
        <source>A practitioner&apos;s block is of kind blocked, holiday, vacation or work, not &quot;%1&quot;</source>
        <translation>医师个人停诊的类型只能是 blocked（停诊）、holiday（假日）、vacation（休假）或 work（照常出诊），而不是“%1”</translation>
    </message>
    <message>
        <source>Give a first and a last date</source>
        <translation>请提供开始日期和结束日期</translation>
    </message>
    <message>
        <source>The last date %1 is before the first date %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>Part of a day needs both a start and an end time</source>
        <translation>部分时段需要同时指定开始时间和结束时间</translation>
    </message>
    <message>
        <source>Times lie between 00:00 and 24:00</source>
        <translation>时间须在 00:00 到 24:00 之间</translation>
    </message>
    <message>
        <source>The end time %1 is not after the start time %2</source>
        <translation>结束时间 %1 未晚于开始时间 %2</translation>
    </message>
    <message>
        <source>Give the closure a reason; it is what front desk and practitioners see</source>
        <translation>请填写停诊原因；前台和医师看到的就是此原因</translation>
    </message>
    <message>
        <source>%1 has no block or override %2</source>
        <translation>%1 没有编号为 %2 的个人停诊或照常出诊记录</translation>
    </message>
    <message>
        <source>Weekday %1 is not between 1 (Monday) and 7 (Sunday)</source>
        <translation>星期值 %1 不在 1（星期一）到 7（星期日）之间</translation>
    </message>
    <message>
        <source>%1: times lie between 00:00 and 24:00</source>
        <translation>%1：时间须在 00:00 到 24:00 之间</translation>
    </message>
    <message>
        <source>%1: %2 ends before it starts</source>
        <translation>%1：%2 的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>Say from which date the new hours apply</source>
        <translation>请指定新出诊时间的生效日期</translation>
    </message>
    <message>
        <source>The calendar needs a first date on or before the last</source>
        <translation>日历的开始日期不能晚于结束日期</translation>
    </message>
    <message>
        <source>The database refused a statement</source>
        <translation>数据库拒绝执行语句</translation>
    </message>
    <message>
        <source>A statement&apos;s values do not fit: %1</source>
        <translation>语句的参数值不合适：%1</translation>
    </message>
    <message>
        <source>The connection to the database is not open</source>
        <translation>与数据库的连接未打开</translation>
    </message>
    <message>
        <source>The database refused a script</source>
        <translation>数据库拒绝执行脚本</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;: use 1 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1标识“%2”无效：请使用 1 至 63 个小写字母、数字、“.”、“_”或“-”，并以字母或数字开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: CareDesk reads calendars from files and http(s) addresses, not %2:// addresses</source>
        <translation>“%1”：CareDesk 只能从文件和 http(s) 地址读取日历，不支持 %2:// 地址</translation>
    </message>
    <message>
        <source>%1 sends more than %2 KB; CareDesk reads calendars of up to %2 KB</source>
        <translation>%1 发送的数据超过 %2 KB；CareDesk 最多读取 %2 KB 的日历</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no calendar at this address for CareDesk</source>
        <translation>%1 返回 %2：该地址没有可供 CareDesk 读取的日历</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it starts with &quot;%1&quot;, not BEGIN:VCALENDAR</source>
        <translation>这不是 iCalendar 文件：它以“%1”开头，而不是 BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>The calendar has more than %1 events; CareDesk reads holiday calendars of up to %1</source>
        <translation>该日历包含超过 %1 个事件；CareDesk 最多读取包含 %1 个事件的假日日历</translation>
    </message>
    <message>
        <source>The calendar gives more than %1 closures between %2 and %3; choose a shorter range</source>
        <translation>该日历在 %2 至 %3 之间产生超过 %1 个停诊；请选择较短的日期范围</translation>
    </message>
    <message>
        <source>This iCalendar file could not be read: it has no events and %1 malformed lines</source>
        <translation>无法读取此 iCalendar 文件：其中没有事件，且有 %1 行格式错误</translation>
    </message>
    <message>
        <source>The connection was lost while saving, and whether the change was saved cannot be checked until the database is back</source>
        <translation>保存时连接中断；在数据库恢复之前，无法确认更改是否已保存</translation>
    </message>
    <message>
        <source>The connection was lost while saving, and whether the change was saved could not be checked</source>
        <translation>保存时连接中断，无法确认更改是否已保存</translation>
    </message>
    <message>
        <source>No database connection became free within %1 s (pool: %2 connections, %3 idle, %4 in use, %5 waiting)</source>
        <translation>%1 秒内没有空闲的数据库连接（连接池：%2 个连接，%3 个空闲，%4 个使用中，%5 个等待中）</translation>
    </message>
    <message>
        <source>The database schema is version %1, newer than this CareDesk knows (%2); install a newer CareDesk</source>
        <translation>数据库架构版本为 %1，比此 CareDesk 所支持的版本（%2）更新；请安装更新版本的 CareDesk</translation>
    </message>
    <message>
        <source>The database schema is version %1 but this CareDesk needs version %2; its owner should run: caredesk-cli migrate</source>
        <translation>数据库架构版本为 %1，但此 CareDesk 需要版本 %2；请数据库所有者运行：caredesk-cli migrate</translation>
    </message>
    <message>
        <source>Your sign-in is not allowed to make this change; the database refused it</source>
        <translation>您的登录身份无权进行此更改；数据库已拒绝</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login: use 1 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>“%1”不是有效的登录名：请使用 1 至 63 个小写字母、数字、“.”、“_”或“-”，并以字母开头</translation>
    </message>
    <message>
        <source>Logins starting with pg_ or caredesk_ are reserved</source>
        <translation>以 pg_ 或 caredesk_ 开头的登录名为保留名称</translation>
    </message>
    <message>
        <source>Give at least one role: front_desk, practitioner or manager</source>
        <translation>请至少指定一个角色：front_desk（前台）、practitioner（医师）或 manager（经理）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; roles are front_desk, practitioner and manager</source>
        <translation>“%1”不是有效角色；角色只能是 front_desk（前台）、practitioner（医师）和 manager（经理）</translation>
    </message>
    <message>
        <source>A password has at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>A password has at most %1 characters</source>
        <translation>密码最多 %1 个字符</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character</source>
        <translation>密码不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>The password could not be prepared: %1</source>
        <translation>无法处理密码：%1</translation>
    </message>
    <message>
        <source>The staff member needs a name</source>
        <translation>员工需要姓名</translation>
    </message>
    <message>
        <source>%1 signed in, but is not an active member of this clinic&apos;s staff</source>
        <translation>%1 已登录，但不是本诊所的在职员工</translation>
    </message>
    <message>
        <source>The patient&apos;s name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The feed name</source>
        <translation>订阅源名称</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The staff member&apos;s name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation>%1长度为 %2 个字符；最多只能 %3 个</translation>
    </message>
    <message>
        <source>%1 holds bytes that are not valid text (character %2)</source>
        <translation>%1包含无效的文本字节（第 %2 个字符）</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2, character %3)</source>
        <translation>%1包含控制字符（U+%2，第 %3 个字符）</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not for the host name %1; CareDesk did not connect (sslmode=verify-full)</source>
        <translation>数据库服务器的证书不属于主机名 %1；CareDesk 未连接（sslmode=verify-full）</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate could not be verified with the root certificate in the connection settings (sslrootcert); CareDesk did not connect to %1</source>
        <translation>无法用连接设置中的根证书（sslrootcert）验证数据库服务器的证书；CareDesk 未连接到 %1</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已新建预约</translation>
    </message>
    <message>
        <source>Appointment deleted</source>
        <translation>已删除预约</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>已取消预约</translation>
    </message>
    <message>
        <source>Appointment marked %1</source>
        <translation>预约已标记为 %1</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>已改约</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>已更改预约</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Closure-day work</source>
        <translation>停诊日照常出诊</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>个人停诊</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>已添加%1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>已删除%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>已更改%1</translation>
    </message>
    <message>
        <source>Weekly hours added</source>
        <translation>已添加每周出诊时间</translation>
    </message>
    <message>
        <source>Weekly hours removed</source>
        <translation>已删除每周出诊时间</translation>
    </message>
    <message>
        <source>Weekly hours ended</source>
        <translation>已结束每周出诊时间</translation>
    </message>
    <message>
        <source>Weekly hours changed</source>
        <translation>已更改每周出诊时间</translation>
    </message>
    <message>
        <source>Practitioner added</source>
        <translation>已添加医师</translation>
    </message>
    <message>
        <source>Practitioner changed</source>
        <translation>已更改医师</translation>
    </message>
    <message>
        <source>Appointment type added</source>
        <translation>已添加预约类型</translation>
    </message>
    <message>
        <source>Appointment type changed</source>
        <translation>已更改预约类型</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There is no bulk change %1</source>
        <translation>不存在批量更改 %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Give the template a name</source>
        <translation>请为模板命名</translation>
    </message>
    <message>
        <source>A template name has at most 100 characters</source>
        <translation>模板名称最多 100 个字符</translation>
    </message>
    <message>
        <source>A template needs at least one interval of weekly hours</source>
        <translation>模板至少需要一个每周出诊时间段</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;</source>
        <translation>不存在模板“%1”</translation>
    </message>
    <message>
        <source>Choose at least one practitioner</source>
        <translation>请至少选择一位医师</translation>
    </message>
    <message>
        <source>Choose at least one practitioner to copy to</source>
        <translation>请至少选择一位要复制到的医师</translation>
    </message>
    <message>
        <source>%1 is where the copy comes from; choose others to copy to</source>
        <translation>%1 是复制来源；请选择其他医师作为复制目标</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>个人停诊</translation>
    </message>
    <message>
        <source>closure-day work</source>
        <translation>停诊日照常出诊</translation>
    </message>
    <message>
        <source>Copied %1&apos;s %2 to %3</source>
        <translation>已将 %1 的%2复制给 %3</translation>
    </message>
    <message>
        <source>%1&apos;s appointment is %2, not booked; it cannot be moved</source>
        <translation>%1 的预约状态为 %2，而不是已预约，因此无法改约</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n appointment(s) to their practitioners&apos; next free times</source>
        <translation>
            <numerusform>已将 %n 个预约改到各自医师的下一个空闲时间</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved: %1&apos;s appointment could not go to its new time (%2). Preview again.</source>
        <translation>未改约任何预约：%1 的预约无法改到新的时间（%2）。请重新预览。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s)</source>
        <translation>
            <numerusform>已取消 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts are looked for between two dates</source>
        <translation>请指定查找冲突的开始日期和结束日期</translation>
    </message>
    <message numerus="yes">
        <source>Look for conflicts over at most %n day(s) at a time</source>
        <translation>
            <numerusform>每次最多查找 %n 天内的冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 booked on %3, which is closed: %4</source>
        <translation>%1 在 %3 有 %2 的预约，但当天停诊：%4</translation>
    </message>
    <message>
        <source>%1 has no weekly hours, so nobody can book them</source>
        <translation>%1 没有每周出诊时间，因此无法为其预约</translation>
    </message>
    <message>
        <source>%1 works on %2 although the clinic is closed (%3)</source>
        <translation>%1 在 %2 照常出诊，但诊所当天停诊（%3）</translation>
    </message>
    <message>
        <source>a time it would give back has been booked or used since</source>
        <translation>要恢复的时间此后已被预约或占用</translation>
    </message>
    <message>
        <source>%1 on %2 (from the feed %3) is not a clinic closure yet</source>
        <translation>%1（%2，来自订阅源 %3）尚未设为诊所停诊</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>已保存模板</translation>
    </message>
    <message>
        <source>Template deleted</source>
        <translation>已删除模板</translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation>已更改模板</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>is_active is NULL (the old system&apos;s Python default was &quot;active&quot;; not guessed)</source>
        <translation>is_active 为 NULL（旧系统的 Python 默认值为“启用”；不作猜测）</translation>
    </message>
    <message>
        <source>inactive user</source>
        <translation>已停用的用户</translation>
    </message>
    <message>
        <source>role is NULL (the old system&apos;s Python default was &quot;practitioner&quot;; not guessed)</source>
        <translation>role 为 NULL（旧系统的 Python 默认值为“practitioner”；不作猜测）</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <source>role %1 with no weekly patterns or appointments of their own: not bookable</source>
        <translation>角色为 %1，且本人没有每周排班或预约：不可预约</translation>
    </message>
    <message>
        <source>user %1 is not imported: %2</source>
        <translation>用户 %1 未导入：%2</translation>
    </message>
    <message>
        <source>user %1 does not exist</source>
        <translation>用户 %1 不存在</translation>
    </message>
    <message>
        <source>inactive pattern</source>
        <translation>已停用的排班</translation>
    </message>
    <message>
        <source>no user and not company-wide: whose hours these are is not guessed</source>
        <translation>没有用户，也不是全公司范围：不猜测这是谁的出诊时间</translation>
    </message>
    <message>
        <source>has user %1 and is marked company-wide: which is meant is not guessed</source>
        <translation>既属于用户 %1，又标记为全公司范围：不猜测实际含义</translation>
    </message>
    <message>
        <source>unreadable weekday list &quot;%1&quot; (expected day numbers 0 = Monday to 6 = Sunday, comma-separated)</source>
        <translation>无法读取星期列表“%1”（应为以逗号分隔的数字，0 = 星期一，6 = 星期日）</translation>
    </message>
    <message>
        <source>weekday list is NULL for a %1 pattern</source>
        <translation>%1 排班的星期列表为 NULL</translation>
    </message>
    <message>
        <source>unknown frequency &quot;%1&quot;</source>
        <translation>未知频率“%1”</translation>
    </message>
    <message>
        <source>ends (%1) at or before it starts (%2)</source>
        <translation>结束时间（%1）不晚于开始时间（%2）</translation>
    </message>
    <message>
        <source>valid until %1, before it is valid from %2</source>
        <translation>失效日期 %1 早于生效日期 %2</translation>
    </message>
    <message>
        <source>overlaps pattern %1 on %2</source>
        <translation>在%2与排班 %1 重叠</translation>
    </message>
    <message>
        <source>no user and not company-wide: whose block this is is not guessed</source>
        <translation>没有用户，也不是全公司范围：不猜测这是谁的停诊</translation>
    </message>
    <message>
        <source>kind custom_hours (different hours that day) has no safe mapping: enter them as a block or a working-day override</source>
        <translation>类型 custom_hours（当天不同的出诊时间）无法安全映射：请将其录入为个人停诊或照常出诊</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>is_all_day is NULL (all day or part of the day is not guessed)</source>
        <translation>is_all_day 为 NULL（不猜测是全天还是部分时段）</translation>
    </message>
    <message>
        <source>part-day block without a start or end time</source>
        <translation>部分时段停诊缺少开始或结束时间</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>没有医师</translation>
    </message>
    <message>
        <source>status is NULL (the old system&apos;s Python default was &quot;scheduled&quot;, but its calendar hid such appointments; not guessed)</source>
        <translation>status 为 NULL（旧系统的 Python 默认值为“scheduled”，但其日历隐藏了此类预约；不作猜测）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>its length is not a whole number of minutes</source>
        <translation>时长不是整数分钟</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks went back); read as the first, as CareDesk reads such times</source>
        <translation>%1 在 %2 中出现两次（时钟向后调）；按 CareDesk 的规则读作第一次</translation>
    </message>
    <message>
        <source>duration_minutes says %1 but start and end are %2 minutes apart; start and end kept</source>
        <translation>duration_minutes 为 %1，但开始与结束相隔 %2 分钟；保留开始和结束时间</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source>overlaps old appointment %1 of the same practitioner</source>
        <translation>与同一医师的旧预约 %1 重叠</translation>
    </message>
    <message>
        <source>The old system&apos;s database refused a statement: %1</source>
        <translation>旧系统的数据库拒绝了一条语句：%1</translation>
    </message>
    <message>
        <source>overlaps weekly hours already in CareDesk on %1</source>
        <translation>在%1与 CareDesk 中已有的每周出诊时间重叠</translation>
    </message>
    <message>
        <source>overlaps an appointment already in CareDesk</source>
        <translation>与 CareDesk 中已有的预约重叠</translation>
    </message>
    <message>
        <source>Import from the old system: %1 (appointment times read in %2)
</source>
        <translation>从旧系统导入：%1（预约时间按 %2 读取）
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>试运行：未写入任何内容。
</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>already</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Conflicts after the import: %1 (see caredesk-cli conflicts)
</source>
        <translation>导入后的冲突：%1（见 caredesk-cli conflicts）
</translation>
    </message>
    <message>
        <source>Warnings after the import: %1 (see caredesk-cli warnings)
</source>
        <translation>导入后的提醒：%1（见 caredesk-cli warnings）
</translation>
    </message>
    <message>
        <source>Not imported (%1):</source>
        <translation>未导入（%1）：</translation>
    </message>
    <message>
        <source>Imported, worth a look (%1):</source>
        <translation>已导入，值得查看（%1）：</translation>
    </message>
    <message>
        <source>starts at %1, which does not exist in %2 (the clocks went forward then)</source>
        <translation>开始时间 %1 在 %2 中不存在（当时时钟向前调）</translation>
    </message>
    <message>
        <source>ends at %1, which does not exist in %2 (the clocks went forward then)</source>
        <translation>结束时间 %1 在 %2 中不存在（当时时钟向前调）</translation>
    </message>
    <message>
        <source>The old system&apos;s database</source>
        <translation>旧系统的数据库</translation>
    </message>
    <message>
        <source>%1: could not connect to the old system&apos;s database: %2</source>
        <translation>%1：无法连接到旧系统的数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2 is not the old system&apos;s database: table &quot;%3&quot; has no column &quot;%4&quot;</source>
        <translation>%1：%2 不是旧系统的数据库：表“%3”没有列“%4”</translation>
    </message>
    <message>
        <source>The zone of the old appointment times is not a time zone</source>
        <translation>旧预约时间所用的时区无效</translation>
    </message>
    <message>
        <source>a start or end time CareDesk cannot read (such as 24:00)</source>
        <translation>CareDesk 无法读取的开始或结束时间（例如 24:00）</translation>
    </message>
    <message>
        <source>a date CareDesk cannot read</source>
        <translation>CareDesk 无法读取的日期</translation>
    </message>
    <message>
        <source>a start or end that is not a date and time CareDesk can read</source>
        <translation>开始或结束不是 CareDesk 可读取的日期和时间</translation>
    </message>
    <message>
        <source>lasts from %1 to %2, longer than a day (a mistyped date?)</source>
        <translation>从 %1 持续到 %2，超过一天（日期是否输入错误？）</translation>
    </message>
    <message>
        <source>%1: %2 is not the old system&apos;s database: it has no table &quot;%3&quot;</source>
        <translation>%1：%2 不是旧系统的数据库：没有表“%3”</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; %2</source>
        <translation>重复规则“%1”%2</translation>
    </message>
    <message>
        <source>The repeat rule is empty</source>
        <translation>重复规则为空</translation>
    </message>
    <message>
        <source>is longer than 500 characters</source>
        <translation>超过 500 个字符</translation>
    </message>
    <message>
        <source>The series has no valid first appointment</source>
        <translation>该系列没有有效的首次预约</translation>
    </message>
    <message>
        <source>is not a repeat rule libical can read (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=10)</source>
        <translation>不是 libical 能读取的重复规则（RFC 5545 RRULE，例如 FREQ=WEEKLY;COUNT=10）</translation>
    </message>
    <message>
        <source>must repeat daily or weekly (FREQ=DAILY or FREQ=WEEKLY)</source>
        <translation>必须按天或按周重复（FREQ=DAILY 或 FREQ=WEEKLY）</translation>
    </message>
    <message>
        <source>may not change the time of day (BYHOUR, BYMINUTE, BYSECOND): every occurrence is at the first one&apos;s time</source>
        <translation>不能更改时刻（BYHOUR、BYMINUTE、BYSECOND）：每次都在首次的时刻</translation>
    </message>
    <message>
        <source>may only use INTERVAL, COUNT, UNTIL, BYDAY and WKST</source>
        <translation>只能使用 INTERVAL、COUNT、UNTIL、BYDAY 和 WKST</translation>
    </message>
    <message>
        <source>may not number its weekdays in BYDAY (such as 1MO)</source>
        <translation>BYDAY 中的星期不能带序号（如 1MO）</translation>
    </message>
    <message>
        <source>needs an end: COUNT (at most %1) or UNTIL</source>
        <translation>需要结束条件：COUNT（最多 %1）或 UNTIL</translation>
    </message>
    <message>
        <source>asks for %1 occurrences (COUNT); a series has at most %2</source>
        <translation>要求 %1 次（COUNT）；一个系列最多 %2 次</translation>
    </message>
    <message>
        <source>has an UNTIL that is not a date</source>
        <translation>的 UNTIL 不是日期</translation>
    </message>
    <message>
        <source>ends (UNTIL %1) before the first appointment on %2</source>
        <translation>在首次预约（%2）之前就结束（UNTIL %1）</translation>
    </message>
    <message>
        <source>gives more than %1 occurrences before its UNTIL</source>
        <translation>在 UNTIL 之前超过 %1 次</translation>
    </message>
    <message>
        <source>already booked</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>已过去</translation>
    </message>
    <message>
        <source>No occurrence of the series is chosen to book</source>
        <translation>没有选择要预约的系列就诊</translation>
    </message>
    <message>
        <source>The series has no occurrence %1 (it has %2)</source>
        <translation>该系列没有第 %1 次（共 %2 次）</translation>
    </message>
    <message>
        <source>Occurrence %1 is chosen twice</source>
        <translation>第 %1 次被选择了两次</translation>
    </message>
    <message>
        <source>Occurrence %1 has no start</source>
        <translation>第 %1 次没有开始时间</translation>
    </message>
    <message>
        <source>Occurrence %1 (%2) is in the past</source>
        <translation>第 %1 次（%2）已过去</translation>
    </message>
    <message>
        <source>Occurrences %1 and %2 overlap</source>
        <translation>第 %1 次与第 %2 次重叠</translation>
    </message>
    <message>
        <source>Occurrence %1 (%2) is not free: %3</source>
        <translation>第 %1 次（%2）不空闲：%3</translation>
    </message>
    <message>
        <source>There is no series %1</source>
        <translation>没有系列 %1</translation>
    </message>
    <message>
        <source>Appointment %1 is not part of a recurring series</source>
        <translation>预约 %1 不属于任何重复系列</translation>
    </message>
    <message>
        <source>No occurrence of series %1 from %2 on is still booked</source>
        <translation>系列 %1 自 %2 起已没有仍在预约中的就诊</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n occurrence(s) of %1&apos;s series %2 from %3 on</source>
        <translation>
            <numerusform>取消 %1 的系列 %2 自 %3 起的 %n 次就诊</numerusform>
        </translation>
    </message>
    <message>
        <source>The series changed while it was being cancelled; reload it</source>
        <translation>取消期间该系列已被更改；请重新加载</translation>
    </message>
    <message>
        <source>Say where to move the series: a new start, a new practitioner, or both</source>
        <translation>请说明要将系列移到哪里：新的开始时间、新的医师，或两者</translation>
    </message>
    <message>
        <source>overlaps the occurrence before it</source>
        <translation>与前一次重叠</translation>
    </message>
    <message>
        <source>occurrence %1 at %2: %3</source>
        <translation>第 %1 次（%2）：%3</translation>
    </message>
    <message>
        <source>The series cannot move to %1 there: %2</source>
        <translation>该系列无法移到 %1 的这些时间：%2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n occurrence(s) of %1&apos;s series %2 from %3 on</source>
        <translation>
            <numerusform>移动 %1 的系列 %2 自 %3 起的 %n 次就诊</numerusform>
        </translation>
    </message>
    <message>
        <source>The series changed while it was being moved; reload it</source>
        <translation>移动期间该系列已被更改；请重新加载</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1</source>
        <translation>没有候补条目 %1</translation>
    </message>
    <message>
        <source>The note is longer than 1000 characters</source>
        <translation>备注超过 1000 个字符</translation>
    </message>
    <message>
        <source>The length must be 5 to 480 minutes, not %1</source>
        <translation>时长必须为 5 到 480 分钟，而不是 %1</translation>
    </message>
    <message>
        <source>The earliest and latest dates are both needed</source>
        <translation>需要最早和最晚日期</translation>
    </message>
    <message>
        <source>The waitlist window is empty: the latest date %1 is before the earliest %2</source>
        <translation>候补时间范围为空：最晚日期 %1 早于最早日期 %2</translation>
    </message>
    <message>
        <source>The waitlist window is empty: the latest date %1 has passed</source>
        <translation>候补时间范围为空：最晚日期 %1 已过</translation>
    </message>
    <message>
        <source>The weekdays must be ISO weekdays 1 (Monday) to 7 (Sunday), not %1</source>
        <translation>星期必须是 ISO 星期 1（周一）到 7（周日），而不是 %1</translation>
    </message>
    <message>
        <source>The waitlist window is empty: none of the weekdays falls between %1 and %2</source>
        <translation>候补时间范围为空：%1 到 %2 之间没有所选的星期</translation>
    </message>
    <message>
        <source>The time of day must lie between 00:00 and 24:00</source>
        <translation>时刻必须在 00:00 到 24:00 之间</translation>
    </message>
    <message>
        <source>The waitlist window is empty: %1 to %2 is shorter than the %3 minutes wanted</source>
        <translation>候补时间范围为空：%1 到 %2 短于所需的 %3 分钟</translation>
    </message>
    <message>
        <source>Waitlist entry %1 is already %2</source>
        <translation>候补条目 %1 已是 %2</translation>
    </message>
    <message>
        <source>Waitlist entry %1 is for %2, not %3</source>
        <translation>候补条目 %1 指定 %2，而不是 %3</translation>
    </message>
    <message>
        <source>The database connection string lists %1 ports for %2 hosts; give one port for all hosts or one port per host</source>
        <translation>数据库连接字符串为 %2 个主机列出了 %1 个端口；请为所有主机提供一个端口，或为每个主机各提供一个端口</translation>
    </message>
    <message>
        <source>The database host list &quot;%1&quot; has an empty entry</source>
        <translation>数据库主机列表“%1”中有一个空项</translation>
    </message>
    <message>
        <source>The database server is read-only (a standby)</source>
        <translation>数据库服务器是只读的（备用服务器）</translation>
    </message>
    <message>
        <source>This database holds %1 clinics; replacing would remove every clinic&apos;s practitioners and appointments, so it is refused</source>
        <translation>此数据库包含 %1 家诊所；替换会删除每家诊所的医生和预约，因此被拒绝</translation>
    </message>
    <message>
        <source>There is no clinic &quot;%1&quot; among yours (%2)</source>
        <translation>您所在的诊所中没有“%1”（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The clinic needs a name of up to 200 characters</source>
        <translation>诊所需要一个不超过 200 个字符的名称</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use a name like Australia/Perth)</source>
        <translation>未知时区“%1”（请使用 Australia/Perth 这样的名称）</translation>
    </message>
    <message>
        <source>The slot step is 5 to 240 minutes</source>
        <translation>时段步长为 5 到 240 分钟</translation>
    </message>
    <message>
        <source>There is a clinic &quot;%1&quot; already</source>
        <translation>已有诊所“%1”</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot;</source>
        <translation>没有员工“%1”</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Only a chain manager can close every clinic of the chain; close this clinic instead, or ask a chain manager</source>
        <translation>只有连锁经理可以关闭连锁中的所有诊所;请改为关闭本诊所,或联系连锁经理</translation>
    </message>
    <message>
        <source>Closure %1 closes every clinic of the chain; only a chain manager can delete it</source>
        <translation>休诊 %1 适用于连锁中的所有诊所;只有连锁经理可以删除它</translation>
    </message>
</context>
<context>
    <name>caredesk::ExceptionForm</name>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until time (00:00 means midnight)</source>
        <translation>结束时间（00:00 表示午夜）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dat&amp;es:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>caredesk::ExceptionKind</name>
    <message>
        <source>Public holiday</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>停诊</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Working anyway</source>
        <translation>照常出诊</translation>
    </message>
</context>
<context>
    <name>caredesk::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Subscribe: check this feed every day and show me what changes</source>
        <translation>订阅(&amp;S)：每天检查此订阅源，并向我显示有哪些变更</translation>
    </message>
    <message>
        <source>&amp;Load Preview</source>
        <translation>加载预览(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation>全部勾选(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
        <source>Import Clinic Closures</source>
        <translation>导入诊所停诊</translation>
    </message>
    <message>
        <source>Holidays from a calendar file (.ics) or a published calendar address, such as a public-holiday feed. Each becomes a clinic closure; importing the same calendar again creates nothing twice.</source>
        <translation>从日历文件（.ics）或已发布的日历地址（例如公共假日订阅源）导入假日。每个假日都会成为一项诊所停诊；再次导入同一日历不会重复创建。</translation>
    </message>
    <message>
        <source>Calendar file or address</source>
        <translation>日历文件或地址</translation>
    </message>
    <message>
        <source>/path/to/holidays.ics or https://…/public/basic.ics</source>
        <translation>/path/to/holidays.ics 或 https://…/public/basic.ics</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>Import holidays from</source>
        <translation>导入假日的开始日期</translation>
    </message>
    <message>
        <source>Import holidays until</source>
        <translation>导入假日的截止日期</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Holidays from:</source>
        <translation>假日范围(&amp;H)：</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>订阅源名称</translation>
    </message>
    <message>
        <source>e.g. Public holidays (NSW)</source>
        <translation>例如：公共假日（新南威尔士州）</translation>
    </message>
    <message>
        <source>Feed &amp;name:</source>
        <translation>订阅源名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a Calendar File</source>
        <translation>选择日历文件</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb)</source>
        <translation>iCalendar 文件 (*.ics *.ical *.ifb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Review Changes: %1</source>
        <translation>审阅更改：%1</translation>
    </message>
    <message>
        <source>The feed has changed since its holidays were imported. Tick what to apply: new holidays left unticked are declined and not offered again; changed and removed ones left unticked stay as they are.</source>
        <translation>自上次导入假日以来，该订阅源已有变更。请勾选要应用的项目：未勾选的新假日将被拒绝，以后不会再次提供；未勾选的已更改和已移除假日将保持原样。</translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation>“%1”：</translation>
    </message>
    <message>
        <source>Give a calendar file or an address first.</source>
        <translation>请先提供日历文件或地址。</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Changed: load the preview again before importing.</source>
        <translation>内容已更改：请在导入前重新加载预览。</translation>
    </message>
    <message>
        <source>&amp;Apply %1, Decline the Rest</source>
        <extracomment>unticked new holidays are declined: later checks do not offer them again</extracomment>
        <translation>应用 %1 项，拒绝其余(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import %1 and Subscribe</source>
        <translation>导入 %1 项并订阅(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>导入 %1 项(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>parts of the preview summary, joined by commas</extracomment>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from the feed</source>
        <translation>
            <numerusform>订阅源中已移除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>已存在 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Removed from the feed</source>
        <translation>已从订阅源移除</translation>
    </message>
    <message>
        <source>Was: %1, %2, %3</source>
        <extracomment>what an imported closure was before the feed changed it</extracomment>
        <translation>原为：%1，%2，%3</translation>
    </message>
    <message>
        <source>The feed no longer lists it; ticked, the closure is deleted</source>
        <translation>订阅源已不再列出此项；勾选后将删除该停诊</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>caredesk::LegacyImportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Import from the Old System</source>
        <translation>从旧系统导入</translation>
    </message>
    <message>
        <source>Import from the old system</source>
        <translation>从旧系统导入</translation>
    </message>
    <message>
        <source>Brings the old web system&apos;s practitioners, weekly hours, block dates, closures and appointments into CareDesk. The old database is only read. Preview first: it shows what will come across and every row that will not, and why; nothing is written until you choose Import, and then all of it or nothing.</source>
        <translation>将旧网页系统中的医师、每周出诊时间、停诊日期、诊所停诊和预约导入 CareDesk。旧数据库只会被读取。请先预览：预览会显示哪些内容将被导入，以及哪些行不会导入及其原因；在您选择“导入”之前不会写入任何内容，导入时要么全部写入，要么全部不写入。</translation>
    </message>
    <message>
        <source>Old system&apos;s database connection</source>
        <translation>旧系统的数据库连接</translation>
    </message>
    <message>
        <source>host=old-server dbname=clinic user=readonly</source>
        <translation>host=old-server dbname=clinic user=readonly</translation>
    </message>
    <message>
        <source>Time zone of the old appointment times</source>
        <translation>旧预约时间所用的时区</translation>
    </message>
    <message>
        <source>Old &amp;database:</source>
        <translation>旧数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Times are &amp;wall-clock in:</source>
        <translation>时间所用时区(&amp;W)：</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Counts per old table</source>
        <translation>各旧表的数量</translation>
    </message>
    <message>
        <source>Old table</source>
        <translation>旧表</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Folded</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Rows not imported, and why</source>
        <translation>未导入的行及原因</translation>
    </message>
    <message>
        <source>Old id</source>
        <translation>旧 ID</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not imported, and &amp;why:</source>
        <translation>未导入的行及原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the old system&apos;s database connection, e.g. host=old-server dbname=clinic.</source>
        <translation>请输入旧系统的数据库连接，例如 host=old-server dbname=clinic。</translation>
    </message>
    <message numerus="yes">
        <source>%n old row(s) will come across.</source>
        <extracomment>the parts of the import summary, one sentence each</extracomment>
        <translation>
            <numerusform>将导入 %n 个旧行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old row(s) came across.</source>
        <translation>
            <numerusform>已导入 %n 个旧行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not (listed below, with why).</source>
        <translation>
            <numerusform>%n 个不会导入（见下方列表及原因）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not (listed below, with why).</source>
        <translation>
            <numerusform>%n 个未导入（见下方列表及原因）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afterwards: %n booked appointment(s) to resolve (closures or hours).</source>
        <translation>
            <numerusform>导入后：%n 个预约需要处理（因停诊或出诊时间）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview, nothing written yet:</source>
        <translation>预览，尚未写入任何内容：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>Preview of %1 ready: check what will not come across, then Import.</source>
        <translation>%1 的预览已就绪：请检查哪些内容不会导入，然后选择“导入”。</translation>
    </message>
    <message>
        <source>Done: the import from %1 is saved. Running it again brings nothing new.</source>
        <translation>完成：从 %1 的导入已保存。再次运行不会导入任何新内容。</translation>
    </message>
    <message>
        <source>There is no report yet: preview first.</source>
        <translation>还没有报告：请先预览。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>导入报告.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>已将报告保存到 %1。</translation>
    </message>
</context>
<context>
    <name>caredesk::MainWindow</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Connection Details</source>
        <translation>连接详细信息</translation>
    </message>
    <message>
        <source>Database status</source>
        <translation>数据库状态</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>连接池</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Database</source>
        <translation>重新连接数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>%1 — CareDesk</source>
        <translation>%1 — CareDesk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>系统配色(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Appointments to &amp;Resolve…</source>
        <translation>需处理的预约(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Bulk Changes…</source>
        <translation>批量更改(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Undo Last Bulk Change…</source>
        <translation>撤销上次批量更改(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Undo Last Bulk Change</source>
        <translation>撤销上次批量更改</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot; by %2 (%3)? Every row it changed goes back to what it was.</source>
        <translation>要撤销 %2 所做的“%1”（%3）吗？其更改过的每一条记录都将恢复原状。</translation>
    </message>
    <message>
        <source>&amp;Undo It</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>诊所：</translation>
    </message>
    <message>
        <source>The clinic you are working in (Ctrl+Shift+K)</source>
        <translation>您当前工作的诊所（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Switch Clinic</source>
        <translation>切换诊所</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>caredesk::PasswordSignInDialog</name>
    <message>
        <source>Sign In to CareDesk</source>
        <translation>登录 CareDesk</translation>
    </message>
    <message>
        <source>CareDesk Is Locked</source>
        <translation>CareDesk 已锁定</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file. Untick it and sign in to forget it.</source>
        <translation>密码保存在此电脑的钥匙串中，绝不写入文件。取消勾选后登录，即可清除已记住的密码。</translation>
    </message>
</context>
<context>
    <name>caredesk::PlaceholderPage</name>
    <message>
        <source>This workspace is being built. The database connection and the demo clinic are ready.</source>
        <translation>此工作区正在建设中。数据库连接和演示诊所均已就绪。</translation>
    </message>
</context>
<context>
    <name>caredesk::PrintController</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Nothing to print: %1</source>
        <translation>没有可打印的内容：%1</translation>
    </message>
    <message>
        <source>Week roster %1</source>
        <translation>周排班表 %1</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>日程单 %1</translation>
    </message>
    <message>
        <source>Print Week Roster</source>
        <translation>打印周排班表</translation>
    </message>
    <message>
        <source>Print Day Sheet</source>
        <translation>打印日程单</translation>
    </message>
    <message>
        <source>Saved the day sheet to %1.</source>
        <translation>已将日程单保存到 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>caredesk::ReportPrinter</name>
    <message>
        <source>Day sheet — %1</source>
        <translation>日程单 — %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>出诊时间 %1</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>不出诊</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>可约时间 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>无预约</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到诊</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No practitioners</source>
        <translation>无医师</translation>
    </message>
    <message>
        <source>Week roster — %1 to %2</source>
        <translation>周排班表 — %1 至 %2</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不出诊</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>个人停诊</translation>
    </message>
    <message>
        <source>… and more</source>
        <translation>… 及更多</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>CareDesk · times are clinic time</source>
        <translation>CareDesk · 时间均为诊所当地时间</translation>
    </message>
    <message>
        <source>Working (override) %1: %2</source>
        <translation>照常出诊 %1：%2</translation>
    </message>
    <message>
        <source>Clinic closed %1: %2</source>
        <translation>诊所停诊 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be laid out</source>
        <translation>%1：无法对 PDF 进行排版</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>已预约 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::SeriesPreviewDialog</name>
    <message>
        <source>In the past</source>
        <translation>已过去</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>不在工作时间内</translation>
    </message>
    <message>
        <source>Clinic closed: %1</source>
        <translation>诊所休息：%1</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>不在：%1</translation>
    </message>
    <message>
        <source>Take &amp;All Alternatives</source>
        <translation>全部采用替代时间(&amp;A)</translation>
    </message>
    <message>
        <source>Book a Series</source>
        <translation>预约系列</translation>
    </message>
    <message>
        <source>Visits of the series</source>
        <translation>系列中的各次就诊</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>替代时间</translation>
    </message>
    <message>
        <source>no free slot that week or the next</source>
        <translation>当周及下周都没有空档</translation>
    </message>
    <message>
        <source>Ticks every visit that is not free but has a free slot proposed instead</source>
        <translation>勾选所有不空闲但有替代空档的就诊</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n Visit(s)</source>
        <translation>
            <numerusform>预约 %n 次就诊(&amp;B)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 visits are free. Tick a visit that is not free to book the time proposed instead; untick one to leave it out.</source>
        <translation>%2 次就诊中有 %1 次空闲。勾选不空闲的就诊可改约建议的替代时间；取消勾选则不预约该次。</translation>
    </message>
</context>
<context>
    <name>caredesk::SetupController</name>
    <message>
        <source>Saved the clinic settings.</source>
        <translation>已保存诊所设置。</translation>
    </message>
    <message>
        <source>Saved the appointment type %1.</source>
        <translation>已保存预约类型“%1”。</translation>
    </message>
    <message>
        <source>Added %1. Give them weekly hours to make them bookable.</source>
        <translation>已添加 %1。请为其设置每周出诊时间，以便接受预约。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Saved %1: inactive, no longer bookable; booked appointments stay.</source>
        <translation>已保存 %1：已停用，不再接受预约；已有预约保持不变。</translation>
    </message>
    <message>
        <source>The clinic setup could not be loaded: %1</source>
        <translation>无法加载诊所设置：%1</translation>
    </message>
    <message>
        <source>The weekly hours could not be loaded: %1</source>
        <translation>无法加载每周出诊时间：%1</translation>
    </message>
    <message>
        <source>Added %1: they sign in as %2.</source>
        <translation>已添加 %1：其登录名为 %2。</translation>
    </message>
    <message>
        <source>Saved the roles of %1; they apply from their next sign-in.</source>
        <translation>已保存 %1 的角色；将在其下次登录时生效。</translation>
    </message>
    <message>
        <source>%1 has a new password and can sign in with it.</source>
        <translation>%1 已设置新密码，可以用新密码登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已无法再登录。</translation>
    </message>
    <message>
        <source>Old database</source>
        <translation>旧数据库</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>正在写入（%1/%2）…</translation>
    </message>
    <message>
        <source>Checking for conflicts and warnings…</source>
        <translation>正在检查冲突和提醒…</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Reading the old system&apos;s database…</source>
        <translation>正在读取旧系统的数据库…</translation>
    </message>
    <message>
        <source>Imported the clinic from the old system.</source>
        <translation>已从旧系统导入诊所数据。</translation>
    </message>
</context>
<context>
    <name>caredesk::SetupWorkspace</name>
    <message>
        <source>Clinic Setup</source>
        <translation>诊所设置</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>诊所名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Slot step in minutes</source>
        <translation>时段间隔（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save &amp;Settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Slot s&amp;tep:</source>
        <translation>时段间隔(&amp;T)：</translation>
    </message>
    <message>
        <source>Changing the zone or step changes every free slot shown; booked appointments keep their times.</source>
        <translation>更改时区或时段间隔会改变所显示的所有空闲时段；已有预约的时间保持不变。</translation>
    </message>
    <message>
        <source>Appointment Types</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Type key</source>
        <translation>类型标识</translation>
    </message>
    <message>
        <source>e.g. long-consult</source>
        <translation>例如 long-consult</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>类型名称</translation>
    </message>
    <message>
        <source>Type length in minutes</source>
        <translation>类型时长（分钟）</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>标识(&amp;K)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>Save T&amp;ype</source>
        <translation>保存类型(&amp;Y)</translation>
    </message>
    <message>
        <source>Adds a type, or changes the one with this key</source>
        <translation>添加类型，或修改具有此标识的类型</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Practitioner key</source>
        <translation>医师标识</translation>
    </message>
    <message>
        <source>e.g. akim (cannot change later)</source>
        <translation>例如 akim（之后无法更改）</translation>
    </message>
    <message>
        <source>Practitioner name</source>
        <translation>医师姓名</translation>
    </message>
    <message>
        <source>Ac&amp;tive (bookable)</source>
        <translation>启用（可预约）(&amp;T)</translation>
    </message>
    <message>
        <source>K&amp;ey:</source>
        <translation>标识(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;dd Practitioner</source>
        <translation>添加医师(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;Changes</source>
        <translation>保存更改(&amp;C)</translation>
    </message>
    <message>
        <source>Weekly &amp;Hours…</source>
        <translation>每周出诊时间(&amp;H)…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Practitioners and staff</source>
        <translation>医师和员工</translation>
    </message>
    <message>
        <source>&amp;Practitioners</source>
        <translation>医师(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Add Staff &amp;Member…</source>
        <translation>添加员工(&amp;M)…</translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>New Pass&amp;word…</source>
        <translation>新密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Gives a new password; a disabled sign-in works again with it</source>
        <translation>设置新密码；已禁用的登录可凭新密码恢复</translation>
    </message>
    <message>
        <source>D&amp;isable Sign-In…</source>
        <translation>禁用登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Each person signs in with their own login; the database decides what their roles allow.</source>
        <translation>每个人都使用自己的登录名登录；其角色允许哪些操作由数据库决定。</translation>
    </message>
    <message>
        <source>Disable Sign-In</source>
        <translation>禁用登录</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to sign in. Their history stays; a new password lets them sign in again.</source>
        <translation>%1（%2）将无法再登录。其历史记录会保留；设置新密码后即可重新登录。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>无登录名</translation>
    </message>
    <message>
        <source>Import from the &amp;Old System…</source>
        <translation>从旧系统导入(&amp;O)…</translation>
    </message>
    <message>
        <source>Bring practitioners, hours, block dates, closures and appointments across from the old web system</source>
        <translation>从旧网页系统导入医师、出诊时间、停诊日期、诊所停诊和预约</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1 止</translation>
    </message>
    <message>
        <source>Office hours (from the old system; not used for availability): %1</source>
        <translation>营业时间（来自旧系统；不用于计算可约时间）：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::SignInDialog</name>
    <message>
        <source>front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Sign In to CareDesk</source>
        <translation>登录 CareDesk</translation>
    </message>
    <message>
        <source>&amp;Who is using CareDesk?</source>
        <translation>谁在使用 CareDesk？(&amp;W)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>caredesk::SignInFlow</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Signing in to %1.</source>
        <translation>正在登录到 %1。</translation>
    </message>
    <message>
        <source>Remember me: %1</source>
        <translation>记住我：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::StaffDialog</name>
    <message>
        <source>Add Staff Member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>New Password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>e.g. akim (lower case; cannot change later)</source>
        <translation>例如 akim（小写；之后无法更改）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>前台(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>医师(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>经理(&amp;M)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Is this practitioner</source>
        <translation>对应的医师</translation>
    </message>
    <message>
        <source>Nobody (not a practitioner)</source>
        <translation>无（不是医师）</translation>
    </message>
    <message>
        <source>&amp;Is practitioner:</source>
        <translation>对应医师(&amp;I)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>First pass&amp;word:</source>
        <translation>初始密码(&amp;W)：</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Type the login this person signs in with.</source>
        <translation>请输入此人登录时使用的登录名。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>Tick Practitioner for someone who is a practitioner.</source>
        <translation>此人是医师，请勾选“医师”角色。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>caredesk::UtilisationModel</name>
    <message>
        <source>Off</source>
        <translation>不出诊</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>个人停诊</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a week&apos;s booked share of available hours</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 of %4 available hours booked; %5 h closed by clinic closures, %6 h blocked</source>
        <translation>%1，%2 起的一周：可约的 %4 小时中已预约 %3 小时；诊所停诊 %5 小时，个人停诊 %6 小时</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>column title: the week starting on this Monday</extracomment>
        <translation>%1 起一周</translation>
    </message>
</context>
<context>
    <name>caredesk::WaitlistEntryDialog</name>
    <message>
        <source>Add to Waitlist</source>
        <translation>加入候补名单</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>任意医师</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>最早日期</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>最晚日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Earliest time of day</source>
        <translation>最早时刻</translation>
    </message>
    <message>
        <source>Latest time of day</source>
        <translation>最晚时刻</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>患者姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>医师(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation>时刻(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation>请至少勾选一天。</translation>
    </message>
</context>
<context>
    <name>caredesk::WaitlistPanel</name>
    <message>
        <source>&amp;Add to Waitlist…</source>
        <translation>加入候补名单(&amp;A)…</translation>
    </message>
    <message>
        <source>Book &amp;Offer</source>
        <translation>预约此空档(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Waitlist entries and the free slots offered to them</source>
        <translation>候补条目及为其提供的空档</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>候补起始</translation>
    </message>
    <message>
        <source>Free slot offered</source>
        <translation>提供的空档</translation>
    </message>
    <message>
        <source>Books the selected patient into the slot offered (Enter)</source>
        <translation>为所选患者预约提供的空档（Enter）</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任意医师</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>nothing free yet</source>
        <translation>暂无空档</translation>
    </message>
</context>
<context>
    <name>caredesk::WarningsStrip</name>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 on &lt;a href=&quot;day:%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>%1（&lt;a href=&quot;day:%2&quot;&gt;%3&lt;/a&gt;）</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) on closure or block days — &lt;a href=&quot;resolve&quot;&gt;Resolve…&lt;/a&gt;</source>
        <translation>
            <numerusform>有 %n 个预约落在诊所停诊日或个人停诊日 — &lt;a href=&quot;resolve&quot;&gt;处理…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly hours, so nobody can book them: %1 — &lt;a href=&quot;setup&quot;&gt;Clinic Setup&lt;/a&gt;</source>
        <translation>没有每周出诊时间，因此无法预约：%1 — &lt;a href=&quot;setup&quot;&gt;诊所设置&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No weekly hours, so nobody can book them: %1</source>
        <translation>没有每周出诊时间，因此无法预约：%1</translation>
    </message>
    <message>
        <source>Working although the clinic is closed: %1</source>
        <translation>诊所停诊但照常出诊：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not closures yet, from %1: %2 — &lt;a href=&quot;feed:%3&quot;&gt;Review…&lt;/a&gt;</source>
        <translation>来自 %1、尚未设为停诊：%2 — &lt;a href=&quot;feed:%3&quot;&gt;审阅…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>caredesk::WeeklyHoursDialog</name>
    <message>
        <source>Weekly Hours — %1</source>
        <translation>每周出诊时间 — %1</translation>
    </message>
    <message>
        <source>Working intervals</source>
        <translation>出诊时间段</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>&amp;Add Interval</source>
        <translation>添加时间段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Interval</source>
        <translation>删除时间段(&amp;R)</translation>
    </message>
    <message>
        <source>New hours apply from</source>
        <translation>新出诊时间的生效日期</translation>
    </message>
    <message>
        <source>Appl&amp;y from:</source>
        <translation>生效日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Days before that keep their hours. Appointments already booked stay; any that fall outside the new hours are flagged on the day sheet.</source>
        <translation>该日期之前的日子保留原出诊时间。已有预约保持不变；超出新出诊时间的预约会在日程单上标出。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Day of interval %1</source>
        <translation>时间段 %1 的星期</translation>
    </message>
    <message>
        <source>Start of interval %1</source>
        <translation>时间段 %1 的开始时间</translation>
    </message>
    <message>
        <source>End of interval %1 (00:00 means midnight)</source>
        <translation>时间段 %1 的结束时间（00:00 表示午夜）</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) a week.</source>
        <translation>
            <numerusform>每周 %n 个时间段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::WorkspaceModel</name>
    <message>
        <source>My Availability</source>
        <translation>我的可约时间</translation>
    </message>
    <message>
        <source>Weekly working hours, block dates and working on clinic closure days</source>
        <translation>每周出诊时间、停诊日期及停诊日照常出诊</translation>
    </message>
    <message>
        <source>Clinic Closures</source>
        <translation>诊所停诊</translation>
    </message>
    <message>
        <source>Public holidays and shutdowns that apply to every practitioner</source>
        <translation>适用于所有医师的公共假日和停诊</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Find free slots; book, reschedule and cancel appointments</source>
        <translation>查找空闲时段；预约、改约和取消预约</translation>
    </message>
    <message>
        <source>Clinic Setup</source>
        <translation>诊所设置</translation>
    </message>
    <message>
        <source>Clinic settings, appointment types and practitioners</source>
        <translation>诊所设置、预约类型和医师</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>接诊容量</translation>
    </message>
    <message>
        <source>Booked against available hours per practitioner and week</source>
        <translation>按医师和周统计已预约时长与可约时长的对比</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareDesk — clinic scheduling.</source>
        <translation>CareDesk — 诊所预约排班。</translation>
    </message>
    <message>
        <source>Database (libpq conninfo or URI); default: CAREDESK_DB.</source>
        <translation>数据库（libpq conninfo 或 URI）；默认值：CAREDESK_DB。</translation>
    </message>
    <message>
        <source>The database is the private demo cluster: migrate it and load the demo clinic.</source>
        <translation>数据库为私有演示集群：对其执行迁移并载入演示诊所。</translation>
    </message>
    <message>
        <source>Override a pool setting, e.g. pool_size=5.</source>
        <translation>覆盖一项连接池设置，例如 pool_size=5。</translation>
    </message>
    <message>
        <source>Open this workspace first: availability, closures, book, setup or capacity.</source>
        <translation>启动后先打开此工作区：availability、closures、book、setup 或 capacity。</translation>
    </message>
    <message>
        <source>Sign in as this staff login (default: CAREDESK_USER, else ask).</source>
        <translation>以此员工登录名登录（默认值：CAREDESK_USER，否则询问）。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once the database is up, then quit.</source>
        <translation>数据库就绪后将主窗口保存为 PNG 图片，然后退出。</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: as last time).</source>
        <translation>配色：system、dark 或 high-contrast（默认值：与上次相同）。</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without input (0: never; default 10, staff sign-in only).</source>
        <translation>无操作达到指定分钟数后锁定窗口（0：从不；默认 10；仅限员工登录）。</translation>
    </message>
    <message>
        <source>Say on the sign-in screen how to sign in to the demo clinic.</source>
        <translation>在登录界面说明如何登录演示诊所。</translation>
    </message>
    <message>
        <source>Demo clinic: sign in as reception (front desk), manager (clinic manager) or a practitioner such as dbrown. Every demo password is caredesk-demo.</source>
        <translation>演示诊所：可以用 reception（前台）、manager（诊所经理）或医师（如 dbrown）登录。所有演示密码均为 caredesk-demo。</translation>
    </message>
    <message>
        <source>Listen for other desks&apos; changes over this connection instead (direct to PostgreSQL when --db is PgBouncer in transaction mode); default: CAREDESK_NOTIFY_DB, else --db.</source>
        <translation>改用此连接接收其他前台的更改（当 --db 为事务模式的 PgBouncer 时直接连接 PostgreSQL）；默认：CAREDESK_NOTIFY_DB，否则为 --db。</translation>
    </message>
    <message>
        <source>Read availability, next-available, reports and capacity from this standby while its replay lag is within standby_max_lag; default: CAREDESK_READ_DB, else all from --db.</source>
        <translation>当此备用服务器的重放延迟不超过 standby_max_lag 时，从它读取空闲时段、最早可约、报表和容量；默认：CAREDESK_READ_DB，否则全部来自 --db。</translation>
    </message>
    <message>
        <source>Work in this clinic of a chain (its key); default: CAREDESK_CLINIC, else your first clinic.</source>
        <translation>在连锁机构的此诊所工作（其代码）；默认：CAREDESK_CLINIC，否则为您的第一家诊所。</translation>
    </message>
</context>
</TS>
