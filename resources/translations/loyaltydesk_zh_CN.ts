<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Enter = check in</source>
        <translation>Enter = 签到</translation>
    </message>
    <message>
        <source>Press Enter to check in this visit</source>
        <translation>按 Enter 为本次到店签到</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Pay with points (F4)</source>
        <translation>积分支付 (F4)</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>用于支付的积分</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Pay with these points</source>
        <translation>用这些积分支付</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>No rewards in the catalog yet</source>
        <translation>暂无可兑换的奖励</translation>
    </message>
    <message>
        <source>Receipt #</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Units bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>press the number</source>
        <translation>按数字键</translation>
    </message>
    <message>
        <source>Ctrl + number</source>
        <translation>Ctrl + 数字</translation>
    </message>
    <message>
        <source>Rewards — %1</source>
        <translation>奖励 — %1</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s).</source>
        <translation>
            <numerusform>%1 有 %Ln 积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>增加积分</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>扣除积分</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>e.g. Missed check-in on 3 March</source>
        <translation>例如：3 月 3 日漏签到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Type how many points, above 0.</source>
        <translation>请输入积分数，须大于 0。</translation>
    </message>
    <message numerus="yes">
        <source>They have only %Ln point(s).</source>
        <translation>
            <numerusform>该顾客只有 %Ln 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance after: %Ln point(s)</source>
        <translation>
            <numerusform>调整后余额：%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why, so the history explains it.</source>
        <translation>请写明原因，以便记录中有说明。</translation>
    </message>
</context>
<context>
    <name>AuditEntryDialog</name>
    <message>
        <source>Audit entry</source>
        <translation>操作记录</translation>
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
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>无详情。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AuditEntryWords</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>PIN 输入错误</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Removed a staff member</source>
        <translation>移除员工</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Changed a PIN</source>
        <translation>更改 PIN</translation>
    </message>
    <message>
        <source>Cashier PIN refused for owner access</source>
        <translation>收银员 PIN 被拒绝用于店主权限</translation>
    </message>
    <message>
        <source>Saved the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Changed the logo</source>
        <translation>更换标志</translation>
    </message>
    <message>
        <source>Removed the logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>添加奖励</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>修改奖励</translation>
    </message>
    <message>
        <source>Reordered the rewards</source>
        <translation>调整奖励顺序</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Redeemed a reward</source>
        <translation>兑换奖励</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Registered a customer</source>
        <translation>登记顾客</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>修改顾客资料</translation>
    </message>
    <message>
        <source>Blocked a customer</source>
        <translation>冻结顾客</translation>
    </message>
    <message>
        <source>Unblocked a customer</source>
        <translation>解冻顾客</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>合并顾客</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>清除顾客资料</translation>
    </message>
    <message>
        <source>Exported a customer&apos;s data</source>
        <translation>导出顾客资料</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>导入顾客</translation>
    </message>
    <message>
        <source>Created vouchers</source>
        <translation>生成优惠券</translation>
    </message>
    <message>
        <source>Redeemed a voucher</source>
        <translation>使用优惠券</translation>
    </message>
    <message>
        <source>Voided a voucher</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>Voided a voucher batch</source>
        <translation>作废优惠券批次</translation>
    </message>
    <message>
        <source>Exported the customer list</source>
        <translation>导出顾客名单</translation>
    </message>
    <message>
        <source>Exported the points history</source>
        <translation>导出积分记录</translation>
    </message>
    <message>
        <source>Set up sync with a loyalty service</source>
        <translation>设置与会员服务的同步</translation>
    </message>
    <message>
        <source>Turned sync off</source>
        <translation>关闭同步</translation>
    </message>
    <message>
        <source>Started sync again after a pause</source>
        <translation>暂停后重新开始同步</translation>
    </message>
    <message>
        <source>Sent an entry that had failed to sync again</source>
        <translation>重新发送同步失败的记录</translation>
    </message>
    <message>
        <source>Set aside an entry that could not be synced</source>
        <translation>搁置无法同步的记录</translation>
    </message>
    <message>
        <source>All staff and sign-in entries</source>
        <translation>所有员工和登录记录</translation>
    </message>
    <message>
        <source>All settings changes</source>
        <translation>所有设置更改</translation>
    </message>
    <message>
        <source>All reward changes</source>
        <translation>所有奖励更改</translation>
    </message>
    <message>
        <source>All points (check-ins, rewards, voids…)</source>
        <translation>所有积分记录（签到、奖励、作废…）</translation>
    </message>
    <message>
        <source>All customer changes</source>
        <translation>所有顾客更改</translation>
    </message>
    <message>
        <source>All voucher entries</source>
        <translation>所有优惠券记录</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>所有备份</translation>
    </message>
    <message>
        <source>All sync entries</source>
        <translation>所有同步记录</translation>
    </message>
    <message>
        <source>All exports of the customer list</source>
        <translation>所有顾客名单导出</translation>
    </message>
    <message>
        <source>All exports of the points history</source>
        <translation>所有积分记录导出</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>所有%1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>reward no. %1</source>
        <translation>奖励 #%1</translation>
    </message>
    <message>
        <source>staff member no. %1</source>
        <translation>员工 #%1</translation>
    </message>
    <message>
        <source>voucher batch no. %1</source>
        <translation>优惠券批次 #%1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>Details that are references between records, not something an owner reads.</extracomment>
        <translation>店主</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>a customer whose data was erased</source>
        <translation>资料已清除的顾客</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs %Ln point(s)</source>
        <translation>
            <numerusform>需 %Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>以%1身份</translation>
    </message>
    <message>
        <source>The shop&apos;s first settings</source>
        <translation>店铺初始设置</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Every till</source>
        <translation>所有收银台</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>较新的记录</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>较早的记录</translation>
    </message>
    <message>
        <source>Who did what, when, and at which till, newest first. Enter or a double-click shows an entry in full.</source>
        <translation>谁在何时、在哪个收银台做了什么，最新的在前。按 Enter 或双击可查看完整记录。</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln entries</source>
        <translation>
            <numerusform>第 %1–%2 条，共 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s data now</source>
        <translation>立即复制店铺数据</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Restore a backup file from elsewhere</source>
        <translation>恢复其他位置的备份文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Search backups by date or kind</source>
        <translation>按日期或类型搜索备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>No backups yet — press Back up now to make the first one.</source>
        <translation>暂无备份 — 按“立即备份”创建第一个。</translation>
    </message>
    <message>
        <source>Copies of all the shop&apos;s data, made while the app keeps running. A backup is also made automatically once a day.</source>
        <translation>店铺全部数据的副本，备份时程序可照常使用。每天也会自动备份一次。</translation>
    </message>
    <message>
        <source>Backups go to %1. The newest %2 are kept; older ones are deleted.</source>
        <translation>备份保存在 %1。保留最新的 %2 个，较早的会被删除。</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>没有与“%1”匹配的备份。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln 个备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln 条积分流水</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces ALL the shop&apos;s data with %1: %2 and %3. Everything recorded since that backup will be gone.

A copy of the data as it is now is saved in the backups folder first. loyaltydesk must be restarted afterwards.</source>
        <translation>恢复会用%1替换店铺的全部数据：%2和 %3。该备份之后记录的所有内容都将丢失。

当前数据会先保存一份副本到备份文件夹。恢复后必须重新启动 loyaltydesk。</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln customer(s). Restart loyaltydesk to carry on.</source>
        <translation>
            <numerusform>已恢复：%Ln 位顾客。请重新启动 loyaltydesk 以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>正在备份店铺</translation>
    </message>
    <message>
        <source>Backup cancelled — nothing was copied.</source>
        <translation>备份已取消 — 未复制任何内容。</translation>
    </message>
    <message>
        <source>Backed up: %1, %2, in %3.</source>
        <translation>已备份：%1，%2，用时 %3。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>loyaltydesk backups (*.db);;All files (*)</source>
        <translation>loyaltydesk 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Replace all data</source>
        <translation>替换全部数据</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>Restore cancelled — nothing changed.</source>
        <translation>恢复已取消 — 没有任何更改。</translation>
    </message>
    <message>
        <source>Restart loyaltydesk</source>
        <translation>重启 loyaltydesk</translation>
    </message>
    <message>
        <source>The backup was restored. Close loyaltydesk and start it again now.</source>
        <translation>备份已恢复。请立即关闭并重新启动 loyaltydesk。</translation>
    </message>
    <message>
        <source>Until it restarts, this window may still show the data from before. The data as it was just before the restore is kept as %1.</source>
        <translation>重启前，此窗口可能仍显示旧数据。恢复前一刻的数据已保存为 %1。</translation>
    </message>
    <message>
        <source>Close loyaltydesk</source>
        <translation>关闭 loyaltydesk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>This shop&apos;s data is on a PostgreSQL server</source>
        <translation>本店数据存放在 PostgreSQL 服务器上</translation>
    </message>
    <message>
        <source>loyaltydesk does not copy a server database itself. Back it up with the server&apos;s own tools, for example every night with pg_dump, and restore with pg_restore. Ask whoever runs the server to set this up and to test a restore now and then.</source>
        <translation>loyaltydesk 不会自行复制服务器数据库。请用服务器自带的工具备份，例如每晚用 pg_dump 备份，用 pg_restore 恢复。请让服务器管理员设置好，并不时测试恢复。</translation>
    </message>
    <message>
        <source>Backup and restore commands</source>
        <translation>备份和恢复命令</translation>
    </message>
</context>
<context>
    <name>CameraInfo</name>
    <message>
        <source>Camera {number}</source>
        <translation>摄像头 {number}</translation>
    </message>
</context>
<context>
    <name>CameraPickerDialog</name>
    <message>
        <source>Choose a camera</source>
        <translation>选择摄像头</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name}（摄像头 {number}）</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>摄像头 {number}（未连接）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Hold a member card up to the camera: the picture flashes green when it is read.</source>
        <translation>将会员卡对准摄像头：识别成功时画面会闪绿光。</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Hold a card or phone up to the camera</source>
        <translation>请将会员卡或手机对准摄像头</translation>
    </message>
    <message>
        <source>Scanning is paused</source>
        <translation>扫描已暂停</translation>
    </message>
    <message>
        <source>No camera found. Plug one in or choose another camera.</source>
        <translation>未找到摄像头。请插入摄像头或选择其他摄像头。</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close it to scan here.</source>
        <translation>摄像头正被其他程序使用。请关闭该程序后在此扫描。</translation>
    </message>
    <message>
        <source>Camera access is blocked. Allow it in the system settings.</source>
        <translation>摄像头访问被禁止。请在系统设置中允许。</translation>
    </message>
    <message>
        <source>Cannot start the camera: close other camera apps, check access.</source>
        <translation>无法启动摄像头：请关闭其他摄像头程序并检查访问权限。</translation>
    </message>
    <message>
        <source>The camera stopped responding. Reconnecting…</source>
        <translation>摄像头无响应。正在重新连接…</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation>视频已结束</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>摄像头已关闭</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CounterCamera</name>
    <message>
        <source>Camera: off</source>
        <translation>摄像头：关</translation>
    </message>
    <message>
        <source>Camera: scanning</source>
        <translation>摄像头：扫描中</translation>
    </message>
    <message>
        <source>Camera: paused</source>
        <translation>摄像头：已暂停</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>摄像头：%1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance at the loyalty service</source>
        <translation>积分服务上的余额</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>顾客 %1</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln 积分将于 %1 过期</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expiring</source>
        <translation>没有即将过期的积分</translation>
    </message>
    <message>
        <source>Last visits: %1</source>
        <translation>最近到店：%1</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>the loyalty service</source>
        <translation>积分服务</translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s)</source>
        <translation>
            <numerusform>%3 显示 %1 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s) (read %2)</source>
        <translation>
            <numerusform>%3 显示 %1 积分（读取于 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reward is available</source>
        <translation>所有奖励均可兑换</translation>
    </message>
    <message>
        <source>%1 / %2 to %3</source>
        <translation>%3：%1 / %2</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← All customers (Esc)</source>
        <translation>← 所有顾客 (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>返回所有顾客</translation>
    </message>
    <message>
        <source>Open the kept customer</source>
        <translation>打开保留的顾客</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>合并重复顾客…</translation>
    </message>
    <message>
        <source>Reprint member card</source>
        <translation>重印会员卡</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>导出其资料…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>顾客资料分区</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved.</source>
        <translation>资料有未保存的更改。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>资料已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) — %2</source>
        <translation>
            <numerusform>%1 积分 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1（%2，%Ln 积分）将合并到 %3。其积分连同过期日期一起转到这里；其记录将关闭，柜台不能再使用。双方的记录和操作日志都会保留。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %Ln point(s) moved.</source>
        <translation>
            <numerusform>已将 %1 合并到此顾客：转入 %Ln 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved their profile and %Ln ledger entries to %1.</source>
        <translation>
            <numerusform>已将其资料和 %Ln 条积分流水保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: nothing can be recorded for them at the counter.</source>
        <translation>已冻结：柜台无法为该顾客记录任何操作。</translation>
    </message>
    <message>
        <source>Unblocked: they can collect and spend points again.</source>
        <translation>已解冻：该顾客可再次累积和使用积分。</translation>
    </message>
    <message>
        <source>Merge customers?</source>
        <translation>合并顾客？</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, phone, email, birth date and notes for good, and their points can no longer be used. The points history stays, anonymised, for the shop&apos;s books, and the audit trail records the erasure. This cannot be undone.</source>
        <translation>这将永久删除 %1 的姓名、电话、电子邮件、出生日期和备注，其积分也不能再使用。积分记录会匿名保留，供店铺记账之用，操作日志会记下此次清除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>清除 %1 的资料？</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人资料</translation>
    </message>
    <message>
        <source>Personal data erased. The anonymised history and the audit entry are kept.</source>
        <translation>个人资料已清除。匿名记录和操作日志条目已保留。</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>导出其资料</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>%1 加入</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>最近到店 %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>尚未到店</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>These points expire on %1.</source>
        <translation>这些积分将于 %1 过期。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>填写的原因</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation>初始积分</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>会员码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>优惠信息</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需修正的内容</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln new customer(s) from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</source>
        <translation>
            <numerusform>从 %1 导入 %Ln 位新顾客？

初始积分：%2
有问题的行（不导入）：%3
之前已导入的行（跳过）：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1 · New customers: %2 · Already imported: %3 · Rows with problems: %4 · Opening points: %5</source>
        <translation>已读取行数：%1 · 新顾客：%2 · 已导入过：%3 · 有问题的行：%4 · 初始积分：%5</translation>
    </message>
    <message numerus="yes">
        <source>Import about %Ln row(s) from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</source>
        <translation>
            <numerusform>从 %1 导入约 %Ln 行？

有问题的行（目前发现 %2 行）不导入。先使用“检查整个文件”可看到确切数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported stays; import the same file again to finish — rows already imported are skipped.</source>
        <translation>已取消。已导入的内容会保留；再次导入同一文件即可完成 — 已导入的行会跳过。</translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation>试运行 — 未导入任何内容。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Active</source>
        <extracomment>Pages asked for but not yet fetched; older wishes are dropped when the view scrolls fast. Columns the service can sort by; the others ignore a click on their header.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>会员码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>顾客人数</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入顾客…</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>从 CSV 文件导入顾客</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export customers or the ledger to CSV</source>
        <translation>将顾客或积分流水导出为 CSV</translation>
    </message>
    <message>
        <source>All customers…</source>
        <translation>所有顾客…</translation>
    </message>
    <message>
        <source>The whole points ledger…</source>
        <translation>全部积分流水…</translation>
    </message>
    <message>
        <source>Search: name, phone, email or code</source>
        <translation>搜索：姓名、电话、电子邮件或会员码</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索顾客</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>任意余额</translation>
    </message>
    <message>
        <source>Can take a reward</source>
        <translation>可兑换奖励</translation>
    </message>
    <message>
        <source>Cannot take a reward yet</source>
        <translation>暂不可兑换奖励</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>任意到店时间</translation>
    </message>
    <message>
        <source>Not seen for 30 days</source>
        <translation>30 天未到店</translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation>90 天未到店</translation>
    </message>
    <message>
        <source>Not seen for 6 months</source>
        <translation>6 个月未到店</translation>
    </message>
    <message>
        <source>Not seen for a year</source>
        <translation>一年未到店</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列无法排序。</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出顾客…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位顾客保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>正在导出积分流水…</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>导出已取消 — 未写入任何文件。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No customers match</source>
        <translation>没有匹配的顾客</translation>
    </message>
    <message>
        <source>Try fewer letters, or set the filters back to Active and Any.</source>
        <translation>请少输入几个字，或将筛选条件改回“正常”和“所有/任意”。</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>暂无顾客</translation>
    </message>
    <message>
        <source>Register customers at the counter, or bring them over from another system with Import customers… above.</source>
        <translation>请在柜台登记顾客，或使用上方的“导入顾客…”从其他系统导入。</translation>
    </message>
</context>
<context>
    <name>DecodeReport</name>
    <message>
        <source>error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>未找到二维码</translation>
    </message>
</context>
<context>
    <name>DemoBuildWindow</name>
    <message>
        <source>Preparing the demo shop — loyaltydesk</source>
        <translation>正在准备演示店铺 — loyaltydesk</translation>
    </message>
    <message>
        <source>Preparing the demo shop…</source>
        <translation>正在准备演示店铺…</translation>
    </message>
    <message>
        <source>A café with customers and a year of visits.</source>
        <translation>一家咖啡馆，包含顾客及一年的到店记录。</translation>
    </message>
    <message>
        <source>Demo shop progress</source>
        <translation>演示店铺准备进度</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), with their visits and rewards</source>
        <translation>
            <numerusform>%1 / %n 位顾客，含到店和奖励记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>The demo shop could not be prepared. The details are in the log file.</source>
        <translation>无法准备演示店铺。详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>DemoShopWords</name>
    <message>
        <source>Kopi &amp; Co. (demo)</source>
        <translation>Kopi &amp; Co.（演示）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation>免费咖啡</translation>
    </message>
    <message>
        <source>Pastry of the day</source>
        <translation>每日糕点</translation>
    </message>
    <message>
        <source>10% off</source>
        <translation>九折</translation>
    </message>
    <message>
        <source>Tote bag</source>
        <translation>帆布袋</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <source>Demo Customer</source>
        <translation>演示顾客</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a sync problem</source>
        <translation>忽略同步问题</translation>
    </message>
    <message>
        <source>“%1” will never be sent to the service. Say why, for the audit log.</source>
        <translation>“%1”将不会发送到服务。请写明原因，记入操作日志。</translation>
    </message>
    <message>
        <source>e.g. fixed by hand at the service</source>
        <translation>例如：已在服务端手动修正</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Setting up the shop</source>
        <translation>正在设置店铺</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新店铺</translation>
    </message>
    <message>
        <source>The demo shop could not be opened. Your shop is not affected.</source>
        <translation>无法打开演示店铺。您的店铺不受影响。</translation>
    </message>
    <message>
        <source>The demo shop opens in its own window, on its own database. Your shop stays as it is.</source>
        <translation>演示店铺会在单独的窗口中打开，使用单独的数据库。您的店铺保持不变。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today %1</source>
        <extracomment>The medium date every screen shows (&quot;30 Nov 2026&quot;): the month in words reads the same way in every locale, where a locale&apos;s short form can be &quot;30 11 2026&quot; (C) or &quot;11/30/26&quot; (US). What a typed date may look like, besides the medium form: day first with / - or ., or ISO.</extracomment>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Look up / check in / confirm</source>
        <translation>查询 / 签到 / 确认</translation>
    </message>
    <message>
        <source>Clear and go back to the scan field</source>
        <translation>清空并回到扫码栏</translation>
    </message>
    <message>
        <source>Pick a reward (when no field has focus)</source>
        <translation>选择奖励（未选中输入栏时）</translation>
    </message>
    <message>
        <source>Pick a reward from anywhere</source>
        <translation>在任何位置选择奖励</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>登记新顾客</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Go to the scan field</source>
        <translation>转到扫码栏</translation>
    </message>
    <message>
        <source>Move in the name list</source>
        <translation>在姓名列表中移动</translation>
    </message>
    <message>
        <source>Void the latest transaction at this till</source>
        <translation>作废本收银台最近一笔交易</translation>
    </message>
    <message>
        <source>Choose the camera</source>
        <translation>选择摄像头</translation>
    </message>
    <message>
        <source>Owner pages (owner PIN), and back</source>
        <translation>店主页面（需店主 PIN）及返回</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Points history</source>
        <translation>积分记录</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln entries. Export their data for all of them.</source>
        <translation>
            <numerusform>最近 %Ln 条记录。导出其资料可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>No points yet — they appear here after a check-in.</source>
        <translation>暂无积分 — 签到后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Check-in: %1 → %2</source>
        <translation>签到：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the ledger&apos;s own notes and the sentence already says them.</extracomment>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in (a visit) → %2</source>
        <translation>签到（到店一次）→ %2</translation>
    </message>
    <message>
        <source> (tier ×%1)</source>
        <translation>（等级 ×%1）</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <source>Opening balance, imported from a file</source>
        <translation>初始余额，从文件导入</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>奖励：%1</translation>
    </message>
    <message>
        <source>Paid %1 with points</source>
        <translation>用积分支付 %1</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Points expired (unused)</source>
        <translation>积分过期（未使用）</translation>
    </message>
    <message>
        <source>Moved in from a merged duplicate</source>
        <translation>从合并的重复顾客转入</translation>
    </message>
    <message>
        <source>Moved to the card this one was merged into</source>
        <translation>转到合并后的会员卡</translation>
    </message>
    <message>
        <source>Void of a check-in</source>
        <translation>作废签到</translation>
    </message>
    <message>
        <source>Void: the points spent are given back</source>
        <translation>作废：已用积分退回</translation>
    </message>
    <message>
        <source>Void of an adjustment</source>
        <translation>作废调整</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>手动调整</translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Ready for the next customer</source>
        <translation>等待下一位顾客</translation>
    </message>
    <message>
        <source>Scan a member card, or type a phone number, email, member code or name.</source>
        <translation>扫描会员卡，或输入电话号码、电子邮件、会员码或姓名。</translation>
    </message>
    <message>
        <source>F1 shows every key.</source>
        <translation>按 F1 查看所有快捷键。</translation>
    </message>
</context>
<context>
    <name>ImageReadError</name>
    <message>
        <source>is a folder, not an image</source>
        <translation>是文件夹，不是图片</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>不是可读取的图片文件</translation>
    </message>
</context>
<context>
    <name>ImportHeaders</name>
    <message>
        <source>Name</source>
        <extracomment>A column header of a customer list (CSV) from a spreadsheet or another till: the words a shop in your language writes there. Several words may be given, separated by |.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>会员姓名</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机|手机号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件|邮箱</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收推广</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>订阅资讯</translation>
    </message>
</context>
<context>
    <name>ImportMonths</name>
    <message>
        <source>January</source>
        <extracomment>A month&apos;s name as dates are written in your language (&quot;14 de mayo&quot;); its first three letters are understood too.</extracomment>
        <translation>一月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>二月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>三月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>四月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>五月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>六月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>七月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>八月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>九月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>十月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>十一月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>十二月</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Automatic (UTF-8)</source>
        <translation>自动（UTF-8）</translation>
    </message>
    <message>
        <source>Windows (cp1252)</source>
        <translation>Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>← All customers (Esc)</source>
        <extracomment>How the file&apos;s dates are read (``ImportPreview.day_first``), shown as an example date.</extracomment>
        <translation>← 所有顾客 (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>返回所有顾客</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入顾客</translation>
    </message>
    <message>
        <source>Bring customers and their points over from another system&apos;s CSV file. Common column names are recognised; choose what the others hold.</source>
        <translation>从其他系统的 CSV 文件导入顾客及其积分。常见的列名会被自动识别；其他列请选择其内容。</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>文件的文本编码</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>检查整个文件</translation>
    </message>
    <message>
        <source>Dry run: check the whole file, import nothing</source>
        <translation>试运行：检查整个文件，不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>导入这些顾客</translation>
    </message>
    <message>
        <source>Choose the file your old system exported.</source>
        <translation>请选择旧系统导出的文件。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln row(s), with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</source>
        <translation>
            <numerusform>约 %Ln 行，数字写法如 %1，日期写法如 %2。预览显示前几行导入后的样子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>正在导入顾客…</translation>
    </message>
    <message>
        <source>Import customers?</source>
        <translation>导入顾客？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Column %1 holds</source>
        <translation>第 %1 列内容</translation>
    </message>
    <message>
        <source>Two columns are set to %1; choose one.</source>
        <translation>有两列都设为%1，请只选一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone or the email.</source>
        <translation>请选择包含电话或电子邮件的列。</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language on this computer</source>
        <translation>本机语言</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>Saved at once, for this computer only: other tills keep their own. loyaltydesk speaks it from the next start.</source>
        <translation>立即保存，仅对本机有效：其他收银台保留各自的选择。loyaltydesk 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Shop logo</source>
        <translation>店铺标志</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>loyaltydesk</source>
        <extracomment>What ``attach`` and the owner pages import: SQLAlchemy, the store and the services with them. ``attach`` is done: the store is open and every page is there.</extracomment>
        <translation>loyaltydesk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The owner pages need an owner&apos;s PIN.</source>
        <translation>店主页面需要店主 PIN。</translation>
    </message>
    <message>
        <source>Owner pages · %1</source>
        <translation>店主页面 · %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file. You can keep working.</source>
        <translation>发生了意外错误。详情见日志文件。您可以继续工作。</translation>
    </message>
    <message>
        <source>%1 — loyaltydesk</source>
        <translation>%1 — loyaltydesk</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member cards – {shop}</source>
        <translation>会员卡 – {shop}</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>会员码</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>合并重复顾客</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points and history move to %1. Its record stays, marked merged, so the audit trail is kept.</source>
        <translation>重复顾客的积分和记录将转到 %1。其记录会保留并标记为已合并，以保留操作日志。</translation>
    </message>
    <message>
        <source>Member code, phone or email of the duplicate</source>
        <translation>重复顾客的会员码、电话或电子邮件</translation>
    </message>
    <message>
        <source>Duplicate customer</source>
        <translation>重复顾客</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>查找重复顾客</translation>
    </message>
    <message>
        <source>No duplicate chosen yet.</source>
        <translation>尚未选择重复顾客。</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复顾客</translation>
    </message>
    <message>
        <source>Type who the duplicate is.</source>
        <translation>请输入重复顾客的信息。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>That is this customer.</source>
        <translation>这就是当前顾客。</translation>
    </message>
    <message>
        <source>That record is already closed.</source>
        <translation>该记录已关闭。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 cannot be reached now. New customer — fill in and press Enter.</source>
        <translation>目前无法连接 %1。新顾客 — 请填写后按 Enter。</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one.</source>
        <translation>未找到顾客。按 Ctrl+N 登记新顾客。</translation>
    </message>
    <message>
        <source>No customer found here, and %1 cannot be reached now. Ctrl+N registers a new one.</source>
        <translation>本店未找到顾客，且目前无法连接 %1。按 Ctrl+N 登记新顾客。</translation>
    </message>
    <message numerus="yes">
        <source>%1 redeemed — %2 point(s)</source>
        <translation>
            <numerusform>已兑换 %1 — %2 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) paid %2</source>
        <translation>
            <numerusform>已用 %1 积分支付 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided — %1 point(s)</source>
        <translation>
            <numerusform>已作废 — %1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>(already recorded — nothing changed)</source>
        <translation>（已记录 — 无更改）</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Blocked customer — nothing can be recorded.</source>
        <translation>顾客已冻结 — 无法记录任何操作。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the last customer was cleared %n second(s) after their result. Scan their card again.</source>
        <translation>
            <numerusform>%1：上一位顾客已在结果显示 %n 秒后清除。请重新扫描其会员卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no customer on the card. Scan a member card first.</source>
        <translation>%1：当前没有顾客。请先扫描会员卡。</translation>
    </message>
    <message>
        <source>This shop does not take points as payment.</source>
        <translation>本店不接受积分支付。</translation>
    </message>
    <message>
        <source>%1: there is no reward number %2.</source>
        <translation>%1：没有编号为 %2 的奖励。</translation>
    </message>
    <message>
        <source>Not enough points: %1 of %2.</source>
        <translation>积分不足：%1 / %2。</translation>
    </message>
    <message numerus="yes">
        <source>Redeem %1 for %Ln point(s)?</source>
        <translation>
            <numerusform>用 %Ln 积分兑换 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 with %Ln point(s)?</source>
        <translation>
            <numerusform>用 %Ln 积分支付 %1？</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer — fill in and press Enter.</source>
        <translation>新顾客 — 请填写后按 Enter。</translation>
    </message>
    <message>
        <source>Type a phone number or an email address.</source>
        <translation>请输入电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>That birth date is not valid.</source>
        <translation>出生日期无效。</translation>
    </message>
    <message>
        <source>A customer with this email is already registered.</source>
        <translation>此电子邮件已有顾客登记。</translation>
    </message>
    <message>
        <source>A customer with this phone number is already registered.</source>
        <translation>此电话号码已有顾客登记。</translation>
    </message>
    <message>
        <source>The name is too long or has signs it cannot have.</source>
        <translation>姓名太长或含有不允许的符号。</translation>
    </message>
    <message>
        <source>Welcome, %1! Member code %2.</source>
        <translation>欢迎，%1！会员码 %2。</translation>
    </message>
    <message>
        <source>Looking it up at %1… You can keep working; Esc cancels.</source>
        <translation>正在 %1 查询… 您可以继续工作；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Found at %1 — added to this shop&apos;s customers.</source>
        <translation>已在 %1 找到 — 已加入本店顾客。</translation>
    </message>
    <message>
        <source>Found at %1 — linked to this shop&apos;s customer.</source>
        <translation>已在 %1 找到 — 已关联到本店顾客。</translation>
    </message>
    <message>
        <source>Nothing recent at this till can be voided.</source>
        <translation>本收银台最近没有可作废的记录。</translation>
    </message>
    <message>
        <source>That cannot be voided.</source>
        <translation>该记录无法作废。</translation>
    </message>
    <message>
        <source>Only an owner can void an adjustment: type an owner&apos;s PIN.</source>
        <translation>只有店主可以作废调整：请输入店主 PIN。</translation>
    </message>
    <message>
        <source>This one is from another till: type an owner&apos;s PIN.</source>
        <translation>此记录来自其他收银台：请输入店主 PIN。</translation>
    </message>
    <message numerus="yes">
        <source>This one is older than %n minute(s): type an owner&apos;s PIN.</source>
        <translation>
            <numerusform>此记录已超过 %n 分钟：请输入店主 PIN。</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>顾客：%1</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first: %1 needs to know who uses the voucher. It comes back here after.</source>
        <translation>请先扫描顾客的会员卡：%1 需要知道谁使用此优惠券。之后会回到这里。</translation>
    </message>
    <message>
        <source>%1 off — the customer pays %2. Redeem the voucher?</source>
        <translation>减 %1 — 顾客需付 %2。使用此优惠券？</translation>
    </message>
    <message>
        <source>%1 — redeem the voucher?</source>
        <translation>%1 — 使用此优惠券？</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1 off · the customer pays %2</source>
        <translation>优惠券已使用 — 减 %1 · 顾客需付 %2</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1</source>
        <translation>优惠券已使用 — %1</translation>
    </message>
    <message>
        <source>Not enough points.</source>
        <translation>积分不足。</translation>
    </message>
    <message>
        <source>Checked in just now — press Enter to check in again.</source>
        <translation>刚刚已签到 — 按 Enter 再次签到。</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3.</source>
        <translation>已于 %1 在 %2 由 %3 使用。</translation>
    </message>
    <message>
        <source>This voucher expired on %1.</source>
        <translation>此优惠券已于 %1 过期。</translation>
    </message>
    <message>
        <source>This voucher is valid from %1.</source>
        <translation>此优惠券自 %1 起有效。</translation>
    </message>
    <message>
        <source>This voucher needs a purchase of at least %1.</source>
        <translation>此优惠券需消费满 %1。</translation>
    </message>
    <message>
        <source>%1 is more than this shop&apos;s largest usual purchase (%2). Is the amount right? Enter checks in, Esc goes back.</source>
        <translation>%1 超过本店通常的最大消费额（%2）。金额正确吗？按 Enter 签到，按 Esc 返回。</translation>
    </message>
    <message>
        <source>%1 is more than the counter records at once (at most %2). Check the amount.</source>
        <translation>%1 超过柜台单次可记录的上限（最多 %2）。请检查金额。</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n minute(s) ago — press Enter to check in again.</source>
        <translation>
            <numerusform>%n 分钟前已签到 — 按 Enter 再次签到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数过多。请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the amount as a number, like 25.50.</source>
        <translation>请以数字输入金额，例如 25.50。</translation>
    </message>
    <message>
        <source>Type how many units, as a whole number.</source>
        <translation>请以整数输入数量。</translation>
    </message>
    <message>
        <source>Type the points as a whole number above 0.</source>
        <translation>请输入大于 0 的整数积分。</translation>
    </message>
    <message>
        <source>That could not be read. Scan again or type it.</source>
        <translation>无法识别。请重新扫描或手动输入。</translation>
    </message>
    <message>
        <source>That phone number is not valid.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>That email address is not valid.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>请检查输入的内容。</translation>
    </message>
    <message>
        <source>The receipt number is at most 40 letters, digits or signs, with no spaces.</source>
        <translation>收据号最多 40 个字母、数字或符号，不能有空格。</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>未找到顾客。</translation>
    </message>
    <message>
        <source>A customer with that phone or email already exists.</source>
        <translation>已有顾客使用该电话或电子邮件。</translation>
    </message>
    <message>
        <source>More than one customer matches. Scan their card instead.</source>
        <translation>匹配到多位顾客。请改为扫描其会员卡。</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>该奖励已不存在。</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>该奖励已停止提供。</translation>
    </message>
    <message>
        <source>That transaction was not found.</source>
        <translation>未找到该交易。</translation>
    </message>
    <message>
        <source>That was already voided.</source>
        <translation>该记录已作废。</translation>
    </message>
    <message>
        <source>That receipt number was already used for something else.</source>
        <translation>该收据号已用于其他交易。</translation>
    </message>
    <message>
        <source>This needs an owner.</source>
        <translation>此操作需要店主。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message>
        <source>That PIN is not an owner&apos;s.</source>
        <translation>该 PIN 不是店主 PIN。</translation>
    </message>
    <message>
        <source>That amount is unusually large. Is it right?</source>
        <translation>金额异常偏大。确定正确吗？</translation>
    </message>
    <message>
        <source>That amount is more than the counter records at once.</source>
        <translation>该金额超过柜台单次可记录的上限。</translation>
    </message>
    <message>
        <source>Points can pay at most the purchase amount.</source>
        <translation>积分最多只能支付消费金额。</translation>
    </message>
    <message>
        <source>The shop database is not available. Check the connection.</source>
        <translation>店铺数据库不可用。请检查连接。</translation>
    </message>
    <message>
        <source>No voucher has that code.</source>
        <translation>没有使用该代码的优惠券。</translation>
    </message>
    <message>
        <source>This voucher was cancelled.</source>
        <translation>此优惠券已取消。</translation>
    </message>
    <message>
        <source>This voucher was already redeemed.</source>
        <translation>此优惠券已使用。</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>此优惠券已过期。</translation>
    </message>
    <message>
        <source>This voucher is not valid yet.</source>
        <translation>此优惠券尚未生效。</translation>
    </message>
    <message>
        <source>The purchase is below this voucher&apos;s minimum.</source>
        <translation>消费金额未达到此优惠券的最低消费。</translation>
    </message>
    <message>
        <source>That voucher code cannot be read.</source>
        <translation>无法识别该优惠券代码。</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first, then the voucher again: the loyalty service needs to know who uses it.</source>
        <translation>请先扫描顾客的会员卡，再重新扫描优惠券：积分服务需要知道谁在使用它。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>此顾客的个人资料已清除。</translation>
    </message>
    <message>
        <source>This customer was merged into another record.</source>
        <translation>此顾客已合并到另一条记录。</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>店铺至少需要一位店主。</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 1 point per %2</source>
        <translation>%1，每 %2 得 1 积分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) at %1 each</source>
        <translation>
            <numerusform>%Ln 件，每件 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) per visit</source>
        <translation>
            <numerusform>每次到店 %Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1 %2)</source>
        <translation>（×%1 %2）</translation>
    </message>
    <message>
        <source>Happy birthday: +%1 bonus</source>
        <translation>生日快乐：额外 +%1</translation>
    </message>
    <message>
        <source>Now %1!</source>
        <translation>升级为 %1！</translation>
    </message>
    <message>
        <source>%1 is now available</source>
        <translation>现可兑换 %1</translation>
    </message>
</context>
<context>
    <name>OwnerArea</name>
    <message>
        <source>Owner sections</source>
        <translation>店主页面分区</translation>
    </message>
    <message>
        <source>No owner pages yet.</source>
        <translation>暂无店主页面。</translation>
    </message>
    <message>
        <source>Back to the counter (F10)</source>
        <translation>返回柜台 (F10)</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>返回柜台</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>店主：%1</translation>
    </message>
</context>
<context>
    <name>OwnerAreaWords</name>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>店主 PIN</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Customers with that name</source>
        <translation>同名顾客</translation>
    </message>
    <message>
        <source>Which customer? ↑ ↓ then Enter</source>
        <translation>哪位顾客？按 ↑ ↓ 选择，再按 Enter</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 积分</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>无法添加页面。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存资料</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Undo changes to the profile</source>
        <translation>撤销对资料的更改</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
    <message>
        <source>At most %1 printable characters.</source>
        <translation>最多 %1 个可打印字符。</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email address.</source>
        <translation>顾客须有电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>Type a date like %1 or %2, or only the day and month: %3.</source>
        <translation>请按 %1 或 %2 的格式输入日期，也可只输入月和日：%3。</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent at this till</source>
        <translation>本收银台最近记录</translation>
    </message>
    <message>
        <source>Recent at this till:</source>
        <translation>本收银台最近记录：</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>新加入</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>New customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <source>Not found. Register them now — Enter saves and checks in.</source>
        <translation>未找到。请立即登记 — 按 Enter 保存并签到。</translation>
    </message>
    <message>
        <source>Type their phone or email — Enter saves and checks in.</source>
        <translation>请输入其电话或电子邮件 — 按 Enter 保存并签到。</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>选择日期</translation>
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
        <source> check-ins a day</source>
        <translation> 次签到/天</translation>
    </message>
    <message>
        <source>Flag customers with more check-ins a day than</source>
        <translation>标记每天签到次数超过此数的顾客</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Flag more than</source>
        <translation>标记超过</translation>
    </message>
    <message>
        <source>Working out the report</source>
        <translation>正在生成报表</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>按小时统计签到</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>按星期统计签到</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>顾客排行</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>已兑换奖励</translation>
    </message>
    <message>
        <source>Unusual check-ins: more than the number above on one day</source>
        <translation>异常签到：单日次数超过上方数字</translation>
    </message>
    <message>
        <source>Saved as %2 (rows: %1).</source>
        <translation>已保存为 %2（%1 行）。</translation>
    </message>
    <message>
        <source>Export as CSV: %1</source>
        <translation>导出为 CSV：%1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>%1 to %2 · worked out at %3</source>
        <translation>%1 至 %2 · 生成于 %3</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPageWords</name>
    <message>
        <source>Check-ins</source>
        <translation>签到次数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Returning members</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>已兑换奖励</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>已兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>未使用积分</translation>
    </message>
    <message>
        <source>different customers: %1</source>
        <translation>不同顾客：%1</translation>
    </message>
    <message>
        <source>joined in the period</source>
        <translation>本时段内加入</translation>
    </message>
    <message>
        <source>joined before, came back</source>
        <translation>之前加入，再次到店</translation>
    </message>
    <message>
        <source>earned: %1 · added by hand: %2</source>
        <translation>获得：%1 · 手动增加：%2</translation>
    </message>
    <message>
        <source>customers holding points: %1</source>
        <translation>持有积分的顾客：%1</translation>
    </message>
    <message>
        <source>worth %1 · customers holding points: %2</source>
        <translation>价值 %1 · 持有积分的顾客：%2</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>本时段内没有签到</translation>
    </message>
    <message>
        <source>Check-ins by hour of the day</source>
        <translation>按一天中的小时统计签到</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>按星期统计签到</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>No rewards were redeemed in this period.</source>
        <translation>本时段内没有兑换奖励。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>会员码</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>顾客排行</translation>
    </message>
    <message>
        <source>Nobody earned points in this period.</source>
        <translation>本时段内没有人获得积分。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Check-ins that day</source>
        <translation>当天签到次数</translation>
    </message>
    <message>
        <source>Unusual check-ins</source>
        <translation>异常签到</translation>
    </message>
    <message>
        <source>Nobody checked in more often than usual in this period.</source>
        <translation>本时段内没有人签到次数异常。</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation>是 (Enter)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>No (Esc)</source>
        <translation>否 (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>New reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>编辑奖励</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the reward</source>
        <translation>保存奖励</translation>
    </message>
    <message>
        <source>For example: Free coffee</source>
        <translation>例如：免费咖啡</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>在柜台提供</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>A new cost applies from now on; past redemptions keep what they cost.</source>
        <translation>新的所需积分从现在起生效；过去的兑换按原积分不变。</translation>
    </message>
    <message>
        <source>Give the reward a title.</source>
        <translation>请为奖励填写名称。</translation>
    </message>
    <message>
        <source>A title is at most %1 characters.</source>
        <translation>标题最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>RewardRow</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>积分不足</translation>
    </message>
    <message>
        <source>Redeem %1</source>
        <translation>兑换 %1</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>New reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <source>Add a reward (Ctrl+N)</source>
        <translation>添加奖励 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the reward (Enter)</source>
        <translation>编辑奖励 (Enter)</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>停止提供</translation>
    </message>
    <message>
        <source>Offer it or stop offering</source>
        <translation>提供或停止提供</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>在列表中上移 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>在列表中下移 (Alt+Down)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>所需积分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln 个奖励</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln reward(s)</source>
        <translation>
            <numerusform>%1 / %Ln 个奖励</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Search rewards</source>
        <translation>搜索奖励</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>No rewards yet — add one with New reward.</source>
        <translation>暂无奖励 — 点击“新建奖励”添加。</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. The counter offers them in this order and numbers them 1 to 9.</source>
        <translation>顾客可以用积分兑换的奖励。柜台按此顺序显示，并编号为 1 到 9。</translation>
    </message>
    <message>
        <source>No reward matches “%1”.</source>
        <translation>没有与“%1”匹配的奖励。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 已重新提供。</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Past redemptions stay in the history.</source>
        <translation>%1 已停止提供。过去的兑换仍保留在记录中。</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>重新提供</translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message>
        <source>never expire</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Points earned from now on %1 (until now: %2).</source>
        <translation>从现在起获得的积分%1（此前：%2）。</translation>
    </message>
    <message>
        <source>nothing (paying with points is off)</source>
        <translation>无（积分支付已关闭）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire after %Ln month(s)</source>
        <translation>
            <numerusform>%Ln 个月后过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %Ln month(s)</source>
        <translation>
            <numerusform>%Ln 个月后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) earned before, held by %1, keep the expiry dates they have.</source>
        <translation>
            <numerusform>此前获得的 %Ln 积分（%1 持有）保留原有的过期日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of those points, held by %1, have no expiry date and keep none.</source>
        <translation>
            <numerusform>其中 %Ln 积分（%1 持有）没有过期日期，也不会新增过期日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new earning rules apply from the next check-in: %1 checked in during the last %Ln day(s).</source>
        <translation>
            <numerusform>新的积分规则从下一次签到起生效：过去 %Ln 天内有 %1 签到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) customers hold are worth %1 when paying with points, instead of %2.</source>
        <translation>
            <numerusform>顾客持有的 %Ln 积分在积分支付时价值 %1，而不是 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Past ledger entries are never rewritten.</source>
        <translation>过去的积分流水永远不会被改写。</translation>
    </message>
    <message>
        <source>Save the new rules?</source>
        <translation>保存新规则？</translation>
    </message>
    <message>
        <source>You are changing:</source>
        <translation>您正在更改：</translation>
    </message>
    <message>
        <source>Save the new rules</source>
        <translation>保存新规则</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type phone / email / code / name</source>
        <extracomment>Keystrokes closer together than this belong to one burst; people do not type this fast. The Enter that ends a burst comes this soon after its last character. A burst this short is too short to be a code. What the scan path can look up; a burst of anything else stays where it was typed.</extracomment>
        <translation>扫码或输入电话/电子邮件/会员码/姓名</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>扫码或搜索</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>For money spent</source>
        <translation>按消费金额</translation>
    </message>
    <message>
        <source>For each visit</source>
        <translation>按到店次数</translation>
    </message>
    <message>
        <source>For each unit bought</source>
        <translation>按购买件数</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>常规最大消费</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>积分会过期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Customers may pay with points</source>
        <translation>顾客可用积分支付</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Three letters: MYR, EUR…</source>
        <translation>三个字母：MYR、EUR…</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认电话地区</translation>
    </message>
    <message>
        <source>For numbers without +country code: MY, IE…</source>
        <translation>用于不带 +国家代码的号码：MY、IE…</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>顾客获得积分方式</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>每次到店积分</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>每 1 积分所需消费</translation>
    </message>
    <message>
        <source>Before the tier&apos;s multiplier.</source>
        <translation>未计等级倍数。</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>每件积分</translation>
    </message>
    <message>
        <source>Above this the counter asks the cashier to confirm the amount. Empty: the usual default.</source>
        <translation>超过此金额时，收银台会请收银员确认金额。留空：使用常规默认值。</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Counted from the day the points were earned.</source>
        <translation>从获得积分当天起计算。</translation>
    </message>
    <message>
        <source>Check-in cooldown</source>
        <translation>签到间隔</translation>
    </message>
    <message>
        <source>A second check-in this soon asks the cashier to confirm.</source>
        <translation>在此时间内再次签到时，需收银员确认。</translation>
    </message>
    <message>
        <source>Points on their birthday</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <source>Added once a year, at the first check-in in the customer&apos;s birthday month. 0 turns it off.</source>
        <translation>每年一次，在顾客生日当月首次签到时发放。设为 0 即关闭。</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>1 积分的价值</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>PNG or JPEG, 256 KiB.</source>
        <translation>PNG 或 JPEG，最大 256 KiB。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>积分获取</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>A customer&apos;s tier follows what they spent in the last 12 months; the first tier starts at 0. Double-click a cell to change it.</source>
        <translation>顾客等级按其过去 12 个月的消费确定；第一个等级从 0 开始。双击单元格即可修改。</translation>
    </message>
    <message>
        <source>Expiry and cooldown</source>
        <translation>有效期和签到间隔</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Type an amount, like 1.00.</source>
        <translation>请输入金额，例如 1.00。</translation>
    </message>
    <message>
        <source>Type an amount, like 0.01.</source>
        <translation>请输入金额，例如 0.01。</translation>
    </message>
    <message>
        <source>Type an amount above 0 and at most %1, like 1000, or leave it empty.</source>
        <translation>请输入大于 0 且不超过 %1 的金额，例如 1000，或留空。</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>What is wrong with the settings</source>
        <translation>设置中的问题</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>撤销这些更改</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>How the program works. New rules apply from now on: points already earned keep their expiry dates and past entries are never rewritten.</source>
        <translation>会员计划的运作方式。新规则从现在起生效：已获得的积分保留原过期日期，过去的记录永远不会被改写。</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>选择店铺标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Saved. The counter uses the new settings now.</source>
        <translation>已保存。柜台现已使用新设置。</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk speaks %1 on this computer from its next start.</source>
        <translation>已保存：loyaltydesk 下次启动时在本机使用%1。</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk follows the system&apos;s language from its next start.</source>
        <translation>已保存：loyaltydesk 下次启动时跟随系统语言。</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Leave without them?</source>
        <translation>设置有未保存的更改。不保存就离开吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>电话地区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>积分获取方式</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>每次到店积分</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>每 1 积分所需消费</translation>
    </message>
    <message>
        <source>Points per item</source>
        <translation>每件积分</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Time between check-ins</source>
        <translation>签到间隔</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>1 积分的价值</translation>
    </message>
    <message>
        <source>Cashiers may void for</source>
        <translation>收银员可作废时限</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>常规最大消费</translation>
    </message>
    <message>
        <source>for money spent</source>
        <translation>按消费金额</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>按到店次数</translation>
    </message>
    <message>
        <source>per item bought</source>
        <translation>按购买件数</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>默认值，%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>paying with points is off</source>
        <translation>积分支付已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>e.g. Kopi &amp; Co.</source>
        <translation>例如：Kopi &amp; Co.</translation>
    </message>
    <message>
        <source>e.g. Free coffee</source>
        <translation>例如：免费咖啡</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Phone numbers are from</source>
        <translation>电话号码所属国家/地区</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>不带国家代码的号码将视为该国家/地区的号码。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>第一个奖励</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 digits)</source>
        <translation>您的 PIN（4 到 8 位数字）</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>How customers earn points</source>
        <translation>顾客如何获得积分</translation>
    </message>
    <message>
        <source>Rates, tiers and expiry can be changed later in Settings.</source>
        <translation>积分比例、等级和有效期之后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>The first reward</source>
        <translation>第一个奖励</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>请输入店名。</translation>
    </message>
    <message>
        <source>Type a three-letter code such as MYR or EUR.</source>
        <translation>请输入三个字母的代码，例如 MYR 或 EUR。</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>Name one reward, such as a free coffee.</source>
        <translation>请填写一个奖励，例如免费咖啡。</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>1 point for every %1 spent: a purchase of %2 earns 25 points.</source>
        <translation>每消费 %1 得 1 积分：消费 %2 可得 25 积分。</translation>
    </message>
    <message>
        <source>1 point for every visit, whatever was bought: 10 visits earn 10 points.</source>
        <translation>每次到店得 1 积分，不论购买什么：到店 10 次得 10 积分。</translation>
    </message>
    <message>
        <source>1 point for every item bought (cups, stamps…): 3 coffees earn 3 points.</source>
        <translation>每购买 1 件得 1 积分（杯数、印章…）：3 杯咖啡得 3 积分。</translation>
    </message>
    <message>
        <source>By money spent</source>
        <translation>按消费金额</translation>
    </message>
    <message>
        <source>By visit</source>
        <translation>按到店次数</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>按购买件数</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let&apos;s set up your shop</source>
        <translation>欢迎！我们来设置您的店铺</translation>
    </message>
    <message>
        <source>Four short parts. Everything except your PIN can be changed later.</source>
        <translation>共四个简短部分。除 PIN 外，所有内容之后都可更改。</translation>
    </message>
    <message>
        <source>Try the demo shop first →</source>
        <translation>先试用演示店铺 →</translation>
    </message>
    <message>
        <source>Opens a made-up café in its own window and database. Your shop stays empty.</source>
        <translation>在单独的窗口和数据库中打开一家虚构的咖啡馆。您的店铺保持空白。</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>创建我的店铺</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已准备就绪</translation>
    </message>
    <message>
        <source>You are signed in as the owner. Two optional next steps, or start at the counter now (F10 opens the owner pages any time):</source>
        <translation>您已以店主身份登录。接下来有两个可选步骤，也可以现在就去柜台开始（随时按 F10 打开店主页面）：</translation>
    </message>
    <message>
        <source>Import customers from a CSV</source>
        <translation>从 CSV 导入顾客</translation>
    </message>
    <message>
        <source>Add a cashier</source>
        <translation>添加收银员</translation>
    </message>
    <message>
        <source>Start at the counter</source>
        <translation>去柜台开始</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter</source>
        <translation>输入 PIN 后按 Enter</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the staff member</source>
        <translation>保存员工</translation>
    </message>
    <message>
        <source>For example: Ana Lim</source>
        <translation>例如：Ana Lim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Owners may open these pages; cashiers may not.</source>
        <translation>店主可以打开这些页面，收银员不可以。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 到 8 位数字。</translation>
    </message>
    <message>
        <source>Leave empty to keep the PIN.</source>
        <translation>留空则保留原 PIN。</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>添加员工 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Role or PIN</source>
        <translation>角色或 PIN</translation>
    </message>
    <message>
        <source>Change role or PIN (Enter)</source>
        <translation>更改角色或 PIN (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>从员工中移除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation>（您）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Search staff by name</source>
        <translation>按姓名搜索员工</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>No staff found.</source>
        <translation>未找到员工。</translation>
    </message>
    <message>
        <source>Everyone signs in with their own PIN. Five wrong PINs in a row lock sign-in at that till for a minute.</source>
        <translation>每人用自己的 PIN 登录。连续输错 5 次 PIN，该收银台将锁定登录 1 分钟。</translation>
    </message>
    <message>
        <source>No one on the staff is called “%1”.</source>
        <translation>没有名为“%1”的员工。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 can sign in</source>
        <translation>%1 · %2 可登录</translation>
    </message>
    <message>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 现在可以用自己的 PIN 登录了。</translation>
    </message>
    <message>
        <source>%1 was removed and cannot sign in any more.</source>
        <translation>%1 已被移除，无法再登录。</translation>
    </message>
    <message>
        <source>%1: role and PIN changed.</source>
        <translation>%1：角色和 PIN 已更改。</translation>
    </message>
    <message>
        <source>%1: PIN changed. The old PIN no longer works.</source>
        <translation>%1：PIN 已更改。旧 PIN 不再有效。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The history and the audit log keep their name. This cannot be undone here: to let them back in, add them again with a new PIN.</source>
        <translation>%1 将无法再登录。记录和操作日志会保留其姓名。此操作在这里无法撤销：如需恢复，请用新 PIN 重新添加。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation>%1 已被移除，无法再登录。</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Progress to the next reward</source>
        <translation>距下一个奖励的进度</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Database: shared server</source>
        <translation>数据库：共享服务器</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>摄像头：关</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>同步：关</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <source> · %1 for the owner</source>
        <translation> · %1 个需店主处理</translation>
    </message>
    <message>
        <source>Sync: paused — the owner must check the key (Sync page)</source>
        <translation>同步：已暂停 — 店主须检查密钥（同步页面）</translation>
    </message>
    <message>
        <source>Sync: offline · %1</source>
        <translation>同步：离线 · %1</translation>
    </message>
    <message>
        <source>Sync: online · %1 · last sent %2</source>
        <translation>同步：在线 · %1 · 最后发送 %2</translation>
    </message>
    <message>
        <source>Sync: online · %1</source>
        <translation>同步：在线 · %1</translation>
    </message>
</context>
<context>
    <name>SyncDifferences</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>顾客 %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>余额不一致</translation>
    </message>
    <message>
        <source>No differences: every balance read at the service matched this shop&apos;s.</source>
        <translation>没有差异：从服务读取的所有余额都与本店一致。</translation>
    </message>
    <message>
        <source>When a balance was read at %1, it was not the one here (less what was still waiting to be sent). Nothing was changed on either side: correct it here or at %1.</source>
        <translation>从 %1 读取的余额与本店的不一致（已扣除待发送的部分）。双方都未做任何更改：请在本店或在 %1 上修正。</translation>
    </message>
    <message numerus="yes">
        <source>Check-in, %1 point(s)</source>
        <translation>
            <numerusform>签到，%1 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption, %1 point(s)</source>
        <translation>
            <numerusform>兑换，%1 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adjustment, %1 point(s)</source>
        <translation>
            <numerusform>调整，%1 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void, %1 point(s)</source>
        <translation>
            <numerusform>作废，%1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>Voucher used</source>
        <translation>优惠券已使用</translation>
    </message>
    <message>
        <source>Voucher batch</source>
        <translation>优惠券批次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>KiriMel Loyalty</source>
        <translation>KiriMel Loyalty</translation>
    </message>
    <message>
        <source>Fidelización POS API</source>
        <translation>Fidelización POS API</translation>
    </message>
    <message>
        <source>Loyalty+</source>
        <translation>Loyalty+</translation>
    </message>
    <message>
        <source>Cata</source>
        <translation>Cata</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <source>Branch ID</source>
        <translation>分店 ID</translation>
    </message>
    <message>
        <source>Till ID (POS ID)</source>
        <translation>收银台 ID (POS ID)</translation>
    </message>
    <message>
        <source>Who counts the points</source>
        <translation>由谁计算积分</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>门店 ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API Secret</translation>
    </message>
    <message>
        <source>Owner token (optional)</source>
        <translation>店主令牌（可选）</translation>
    </message>
    <message>
        <source>Loyalty service</source>
        <translation>积分服务</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>以服务提供的为准</translation>
    </message>
    <message>
        <source>Address (base URL)</source>
        <translation>地址（基础 URL）</translation>
    </message>
    <message>
        <source>As your service&apos;s documentation gives it, for example https://yourshop.example/api/loyalty.</source>
        <translation>按服务文档中给出的填写，例如 https://yourshop.example/api/loyalty。</translation>
    </message>
    <message>
        <source>Most calls a minute</source>
        <translation>每分钟最多调用次数</translation>
    </message>
    <message>
        <source>Leave empty to follow the limit the service announces.</source>
        <translation>留空则使用服务公布的限制。</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Type a whole number above 0.</source>
        <translation>请输入大于 0 的整数。</translation>
    </message>
    <message>
        <source>Check the number of calls a minute.</source>
        <translation>请检查每分钟调用次数。</translation>
    </message>
    <message>
        <source>Type the service&apos;s address.</source>
        <translation>请输入服务地址。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <source>Save the setup</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the service who we are</source>
        <translation>向服务确认本店身份</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Stop sending to the service</source>
        <translation>停止向服务发送</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Send the queue again</source>
        <translation>重新发送队列</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The service said</source>
        <translation>服务回复</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>No problems: everything the service refused would be listed here.</source>
        <translation>没有问题：被服务拒绝的内容会列在这里。</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Send the selected one again</source>
        <translation>重新发送所选项</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>Never send the selected one</source>
        <translation>不再发送所选项</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>余额不一致</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send check-ins, redemptions and new customers to your hosted loyalty service. The counter keeps working without the internet: what waits is sent, in order, when the service can be reached again.</source>
        <translation>将签到、兑换和新顾客发送到您托管的积分服务。没有网络时柜台也能照常工作：待发送的内容会在重新连上服务后按顺序发送。</translation>
    </message>
    <message>
        <source>Connected to %1. New check-ins are sent from now on; earlier history stays here.</source>
        <translation>已连接到 %1。从现在起会发送新的签到；之前的记录保留在本机。</translation>
    </message>
    <message>
        <source>Saved, but this computer has no keyring to keep the key: set LOYALTYDESK_API_KEY (and LOYALTYDESK_API_SECRET) for the app instead.</source>
        <translation>已保存，但这台电脑没有可保存密钥的密钥环：请改为给程序设置 LOYALTYDESK_API_KEY（和 LOYALTYDESK_API_SECRET）。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>The service answered: %1</source>
        <translation>服务回复：%1</translation>
    </message>
    <message>
        <source>Stop syncing?</source>
        <translation>停止同步？</translation>
    </message>
    <message>
        <source>Nothing more is sent to %1. What is already waiting stays in the queue and goes if you connect again.</source>
        <translation>将不再向 %1 发送任何内容。已在等待的内容会留在队列中，重新连接后发送。</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>同步已关闭。</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>正在重新发送。</translation>
    </message>
    <message>
        <source>It goes again with the next sending.</source>
        <translation>将在下次发送时重新发送。</translation>
    </message>
    <message>
        <source>Dismissed. It will not be sent; the reason is in the audit log.</source>
        <translation>已忽略。此项不会发送；原因已记入操作日志。</translation>
    </message>
    <message>
        <source>The service refused the key or the account: %1</source>
        <translation>服务拒绝了密钥或账户：%1</translation>
    </message>
    <message>
        <source>The service cannot be reached now: %1</source>
        <translation>目前无法连接服务：%1</translation>
    </message>
    <message>
        <source>The service said no: %1</source>
        <translation>服务拒绝：%1</translation>
    </message>
    <message>
        <source>Not connected: nothing is queued.</source>
        <translation>未连接：队列中没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <source>the oldest from %1</source>
        <translation>最早的来自 %1</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>最后发送 %1</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Sending is paused: the service refused the key or the account (%1: %2). Check the key, save it, then press Resume.</source>
        <translation>发送已暂停：服务拒绝了密钥或账户（%1：%2）。请检查密钥并保存，然后按“继续”。</translation>
    </message>
    <message>
        <source>This computer has no keyring, so keys typed here cannot be kept. Start the app with LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET and LOYALTYDESK_API_TOKEN set instead.</source>
        <translation>这台电脑没有密钥环，因此无法保存在此输入的密钥。请改为设置 LOYALTYDESK_API_KEY、LOYALTYDESK_API_SECRET 和 LOYALTYDESK_API_TOKEN 后启动程序。</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From spend (%1)</source>
        <translation>消费门槛 (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>积分 ×</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>等级 %1 需要名称。</translation>
    </message>
    <message>
        <source>Type %1&apos;s qualifying spend as a number, like 500.</source>
        <translation>请用数字输入%1的消费门槛，例如 500。</translation>
    </message>
    <message>
        <source>Type %1&apos;s multiplier as a number, like 1.5.</source>
        <translation>请用数字输入%1的积分倍数，例如 1.5。</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>添加一个等级</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>移除等级</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>移除所选等级</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void transaction</source>
        <translation>作废交易</translation>
    </message>
    <message>
        <source>Void %1? The points go back as they were.</source>
        <translation>作废 %1？积分将恢复原状。</translation>
    </message>
    <message>
        <source>e.g. wrong customer</source>
        <translation>例如：顾客弄错了</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>店主 PIN</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>VoucherActions</name>
    <message>
        <source>Purchase amount</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Enter = see the discount, then Enter again to redeem</source>
        <translation>Enter = 查看折扣，再按 Enter 使用</translation>
    </message>
    <message>
        <source>Apply voucher</source>
        <translation>使用优惠券</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDetail</name>
    <message>
        <source>← All batches</source>
        <translation>← 所有批次</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>返回所有批次</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>查找券码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Voucher codes</source>
        <translation>优惠券码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reason (needed to void)</source>
        <translation>原因（作废时必填）</translation>
    </message>
    <message>
        <source>e.g. printed with the wrong dates</source>
        <translation>例如：打印的日期有误</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Void the selected code</source>
        <translation>作废所选券码</translation>
    </message>
    <message>
        <source>Void the whole batch</source>
        <translation>作废整个批次</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes…</source>
        <translation>正在等待 %1 的券码…</translation>
    </message>
    <message>
        <source>No code matches what you typed.</source>
        <translation>没有与输入内容匹配的券码。</translation>
    </message>
    <message>
        <source>%1&apos;s codes have arrived: the batch is ready to print.</source>
        <translation>%1 的券码已到：此批次可以打印了。</translation>
    </message>
    <message>
        <source>Codes shown: %1 of %2</source>
        <translation>显示券码：%1 / %2</translation>
    </message>
    <message>
        <source>Void every unused voucher of “%2” (%1 in all)? They will be refused at the counter. Redeemed vouchers (%3) stay redeemed. This cannot be undone.</source>
        <translation>作废“%2”中所有未使用的优惠券（共 %1 张）？柜台将拒收这些优惠券。已使用的优惠券（%3 张）保持不变。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>作废批次</translation>
    </message>
    <message>
        <source>The batch is void.</source>
        <translation>此批次已作废。</translation>
    </message>
    <message>
        <source>Void voucher %1? It will be refused at the counter. This cannot be undone.</source>
        <translation>作废优惠券 %1？柜台将拒收此优惠券。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Void voucher</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>Voucher %1 is void.</source>
        <translation>优惠券 %1 已作废。</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDialog</name>
    <message>
        <source>New voucher batch</source>
        <translation>新建优惠券批次</translation>
    </message>
    <message>
        <source>e.g. Opening week</source>
        <translation>例如：开业周</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <source>Kind of voucher</source>
        <translation>优惠券类型</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <source>Buy one, get one free</source>
        <translation>买一送一</translation>
    </message>
    <message>
        <source>e.g. Buy one coffee, get a second free</source>
        <translation>例如：买一杯咖啡，第二杯免费</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>顾客获得的优惠</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>How many vouchers</source>
        <translation>优惠券数量</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>无最低消费</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>How many (1 to 1,000)</source>
        <translation>数量（1 到 1,000）</translation>
    </message>
    <message>
        <source>Valid until (the whole day)</source>
        <translation>截止日期（含当天）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create vouchers</source>
        <translation>生成优惠券</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>请为批次填写名称。</translation>
    </message>
    <message>
        <source>Make at least 1 voucher.</source>
        <translation>至少生成 1 张优惠券。</translation>
    </message>
    <message>
        <source>Type how many percent off, above 0.</source>
        <translation>请输入折扣百分比，须大于 0。</translation>
    </message>
    <message>
        <source>Type how much money off, above 0.</source>
        <translation>请输入立减金额，须大于 0。</translation>
    </message>
    <message>
        <source>The last valid day is before the first.</source>
        <translation>截止日期早于生效日期。</translation>
    </message>
    <message>
        <source>The last valid day has already passed.</source>
        <translation>截止日期已过。</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>放弃此批次？</translation>
    </message>
    <message>
        <source>The new batch has not been created. Close the form and lose what you typed?</source>
        <translation>新批次尚未生成。关闭表单并放弃已输入的内容？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Money off (%1)</source>
        <translation>立减金额 (%1)</translation>
    </message>
    <message>
        <source>What the customer gets (optional)</source>
        <translation>顾客获得的优惠（可选）</translation>
    </message>
</context>
<context>
    <name>VoucherCard</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid yet — from %1</source>
        <translation>尚未生效 — %1 起有效</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3</source>
        <translation>已于 %1 在 %2 由 %3 使用</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Voucher benefit</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>Voucher state</source>
        <translation>优惠券状态</translation>
    </message>
    <message>
        <source>Who uses the voucher</source>
        <translation>使用优惠券的顾客</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>有效期 %1 – %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>%1 起有效</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Minimum purchase %1</source>
        <translation>最低消费 %1</translation>
    </message>
</context>
<context>
    <name>VoucherPrintCard</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Vouchers across</source>
        <translation>每行张数</translation>
    </message>
    <message>
        <source>Vouchers down</source>
        <translation>每列张数</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Export codes as CSV…</source>
        <translation>将券码导出为 CSV…</translation>
    </message>
    <message>
        <source>Export codes as CSV</source>
        <translation>将券码导出为 CSV</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>打印和导出</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Per page: %1 · vouchers to print: %2 · pages: %3</source>
        <translation>每页：%1 · 待打印优惠券：%2 · 页数：%3</translation>
    </message>
    <message>
        <source>Per page: %1 · nothing to print: no unused vouchers.</source>
        <translation>每页：%1 · 无可打印内容：没有未使用的优惠券。</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes… The sheets print once they arrive; this page updates by itself.</source>
        <translation>正在等待 %1 的券码… 券码到达后即可打印；本页会自动更新。</translation>
    </message>
    <message>
        <source>%1 refused this batch, so it has no codes to print. See Sync problems on the Sync page.</source>
        <translation>%1 拒绝了此批次，因此没有可打印的券码。请查看“同步”页面的“同步问题”。</translation>
    </message>
    <message>
        <source>Cancelled. No PDF was saved.</source>
        <translation>已取消。未保存 PDF。</translation>
    </message>
    <message>
        <source>PDF saved as %3 (vouchers: %1, pages: %2).</source>
        <translation>PDF 已保存为 %3（优惠券：%1，页数：%2）。</translation>
    </message>
    <message>
        <source>Saving the vouchers as PDF</source>
        <translation>正在将优惠券保存为 PDF</translation>
    </message>
    <message>
        <source>Codes exported to %2 (rows: %1).</source>
        <translation>券码已导出到 %2（%1 行）。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation>导出券码</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>Minimum purchase {amount}</source>
        <extracomment>Symbols printed for common shop currencies; any other prints its ISO code.</extracomment>
        <translation>最低消费 {amount}</translation>
    </message>
    <message>
        <source>Vouchers – {shop}</source>
        <translation>优惠券 – {shop}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>减 {amount}</translation>
    </message>
    <message>
        <source>{percent} off</source>
        <translation>减 {percent}</translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation>免费{item}</translation>
    </message>
    <message>
        <source>Valid {start} – {end}</source>
        <translation>有效期 {start} – {end}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Valid from {date}</source>
        <translation>{date} 起有效</translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Percent off</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <source>Buy one, get one</source>
        <translation>买一送一</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>有效期 %1</translation>
    </message>
    <message>
        <source>minimum purchase %1</source>
        <translation>最低消费 %1</translation>
    </message>
    <message>
        <source>voided on %1</source>
        <translation>已于 %1 作废</translation>
    </message>
    <message>
        <source>Made: %1 · redeemed: %2 · void: %3 · expired: %4 · can still be used: %5</source>
        <translation>已生成：%1 · 已使用：%2 · 已作废：%3 · 已过期：%4 · 仍可使用：%5</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Search batches by name or offer</source>
        <translation>按名称或优惠搜索批次</translation>
    </message>
    <message>
        <source>Search voucher batches</source>
        <translation>搜索优惠券批次</translation>
    </message>
    <message>
        <source>Create a batch…</source>
        <translation>生成批次…</translation>
    </message>
    <message>
        <source>Create a voucher batch</source>
        <translation>生成优惠券批次</translation>
    </message>
    <message>
        <source>Voucher batches</source>
        <translation>优惠券批次</translation>
    </message>
    <message>
        <source>No vouchers yet — create a batch</source>
        <translation>暂无优惠券 — 请生成一个批次</translation>
    </message>
    <message>
        <source>Double-click a batch, or select it and press Enter, to open it.</source>
        <translation>双击批次，或选中后按 Enter，即可打开。</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source> (waiting for %1&apos;s codes)</source>
        <translation>（正在等待 %1 的券码）</translation>
    </message>
    <message>
        <source> (refused by %1)</source>
        <translation>（被 %1 拒绝）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No batch matches “%1”.</source>
        <translation>没有与“%1”匹配的批次。</translation>
    </message>
    <message>
        <source>Batches: %1 of %2</source>
        <translation>批次：%1 / %2</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Batch “%2” created. Vouchers: %1.</source>
        <translation>已生成批次“%2”。优惠券：%1 张。</translation>
    </message>
    <message>
        <source>%1 makes their codes: they are printed once they arrive.</source>
        <translation>%1 正在生成券码：券码到达后即可打印。</translation>
    </message>
</context>
<context>
    <name>WholeNumberEdit</name>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
    </message>
</context>
</TS>
