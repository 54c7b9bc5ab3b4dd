/**
 * The text the public draw page shows under each result, so anyone can redo the draw with a SHA-256
 * tool. It must describe exactly what canonical-list.ts, random-stream.ts, draw-entities.ts and
 * assign-inspectors.ts do; the known-answer test in draw-record.test.ts follows it step by step.
 *
 * English version (for developers and reviewers):
 *  1. Freeze both lists. Sort each by id (Unicode code-point order = UTF-8 byte order). Keep only the
 *     fixed fields in fixed order — businesses {id, name, uscc, licenceNumber, regionCode, type, grade},
 *     officers {id, name, unit, certificateNumber}; missing values are null. Write the list as a JSON array
 *     without whitespace, UTF-8, no trailing newline; its SHA-256 is the list hash, published before the seed.
 *  2. Seed: any published string. Recommended: SHA-256 (hex) of public parts, one per line joined by "\n"
 *     (draw date, a lottery result drawn after the hashes were published, the list hashes).
 *  3. Random stream: block i = SHA-256(key + ":" + i), i = 0, 1, … in decimal; key = seed + ":entities"
 *     for the businesses, seed + ":inspectors" for the officers. Each block's 64 hex digits give eight
 *     32-bit integers, 8 hex digits each, left to right.
 *  4. Random integer below n: limit = 2^32 − (2^32 mod n); read x; if x ≥ limit read again; else x mod n.
 *  5. k = the count, or ⌈p × n⌉ for a proportion p (exact decimal: 7 % of 100 is 7).
 *  6. For i = 0 … k−1: r = random integer below (n − i); swap items i and i + r. Item i is position i + 1.
 *  7. For each drawn business in order: eligible officers = those not recused from it (in id order).
 *     First officer: among the eligible with the fewest assignments so far, index = random integer below
 *     their number. Second: the same among the eligible without the first. With "same unit required" the
 *     first is chosen among officers with an eligible colleague of the same unit, the second among those
 *     colleagues. Fewer than two → unassigned with the reason, no number read.
 *  8. The avoidance list is personal data and not published; the record keeps SHA-256 of its lines
 *     "inspectorId entityId" (pairs within the two lists), sorted and joined by "\n", for auditors.
 */
export const ALGORITHM_DESCRIPTION_ZH = `双随机抽取算法 shian-draw-v1（可用任何 SHA-256 工具手工复核）

一、名录冻结与公示
1. 抽取前冻结“检查对象名录库”和“执法检查人员名录库”。每个名录按 id 升序排列（按 Unicode 码点，即 UTF-8 字节顺序比较）；每条只保留以下字段并按此顺序书写，缺项写 null：
   检查对象：id、name（名称）、uscc（统一社会信用代码）、licenceNumber（许可证号）、regionCode（区划代码）、type（业态类型）、grade（风险等级）；
   执法人员：id、name（姓名）、unit（执法单位）、certificateNumber（执法证号）。
   整个名录写成不含空格的 JSON 数组，UTF-8 编码，末尾不加换行。
2. 对上述文本计算 SHA-256，即“名录哈希”，在随机种子产生之前公示。本页给出被哈希的原文，任何人可用 sha256sum 等工具核对（注意不要带末尾换行，例如使用 printf '%s' 或 echo -n）。

二、随机种子
3. 种子是事先公示的任意字符串。推荐由公开来源生成：把抽取日期、名录哈希公示之后才开奖的彩票号码、两个名录哈希等各写一行（以换行符连接，最后一行后不加换行），计算 SHA-256，所得 64 位十六进制串即为种子。这样，机关在看到名录后无法挑选种子，看到开奖号码后也无法再改动名录；种子中含名录哈希，同一种子也不能挪用到其他名录上。

三、随机数
4. 第 i 块随机数 = SHA-256(键 + ":" + i)，i 从 0 开始，用十进制书写。抽取检查对象时，键为“种子:entities”；分配执法人员时，键为“种子:inspectors”。例如抽取检查对象的第 0 块 = SHA-256("种子:entities:0")。
5. 每块的 64 位十六进制数字从左到右每 8 位一组，共 8 组，每组读作一个 0 至 4294967295 的整数；一块用完再计算下一块。
6. 取 0 至 n−1 的随机整数：上限 = 4294967296 − (4294967296 除以 n 的余数)。读下一个整数 x：若 x ≥ 上限，舍弃并继续读下一个；否则结果为 x 除以 n 的余数。舍弃是为了消除取模偏差。每次至少读一个整数（n = 1 时也读）。

四、抽取检查对象
7. 名录共 n 户，抽取 k 户：按数量抽取时 k 即该数量；按比例 p 抽取时 k = p × n 向上取整（按十进制精确计算，如 100 户的 7% 为 7 户、101 户的 7% 为 7.07 户，取 8 户）。
8. 名录按第 1 条的顺序编号 0 至 n−1。依次对 i = 0, 1, …, k−1：取第 6 条的随机整数 r（n 取 n − i），将第 i 个与第 i + r 个交换位置（r = 0 时不动）。完成后前 k 个即为抽中的检查对象，第 i 个的抽取位次为第 i + 1 位。

五、分配执法人员
9. 执法人员按 id 升序排列。按抽取位次依次处理每户：去掉对该户需要回避的人员，其余为可选人员（保持排列顺序）。
10. 第一名：在可选人员中找出本次抽取中已分配户数最少的人员，设共 m 人，取随机整数 r（n 取 m），选其中第 r 个（从 0 数起）。第二名：在可选人员中去掉第一名后，按同样方法选出。两人的已分配户数各加 1。
11. 若要求两人同属一个执法单位：第一名只在“本单位还有其他可选人员”的人员中选，第二名只在与第一名同单位的可选人员中选。
12. 可选人员不足两名时，该户列为“未分配”并注明原因（如“可选执法人员不足两名（回避后）”），不读取随机数，继续处理下一户，由机关另行安排。

六、回避名单
13. 回避名单涉及个人信息，不予公开。抽取记录保存其哈希：两个名录内的每一对回避关系写成一行“人员id 对象id”（中间一个空格），各行排序后以换行符连接，计算 SHA-256，供持有回避名单的监督人员核对。`
