"""blind53 stories 11-20: company results with non-calendar years and mixed currencies."""
from common import *

# ---------------------------------------------------------------- 11 Japanese maker, FY ending March (yen)
PUB = "2026-05-13"
FY26 = ("2025-04", "2026-03")
FY27 = ("2026-04", "2027-03")
KS = "Kisaragi Electric"
story("b53-11", PUB, """
Kisaragi Electric said on Wednesday its operating profit rose 14% to ¥412 billion in the fiscal year ended in March, helped by demand for power equipment for data centres, and forecast a further increase to ¥450 billion in the year to March 2027.

Revenue for the year climbed 6.2% to ¥5.18 trillion. In the January-March quarter alone, operating profit was ¥131 billion, up from ¥97 billion a year earlier.

The Tokyo-based company assumes an exchange rate of ¥145 to the dollar for FY26, compared with an average of ¥152.6 last year. Each ¥1 move against the dollar shifts annual operating profit by about ¥3.5 billion, it said.

Kisaragi also announced a share buyback of up to ¥100 billion and raised its annual dividend to ¥58 per share from ¥50.

Analysts polled by LSEG had expected full-year profit guidance of ¥438 billion on average.
""", [
    F("14%", 14, "%", "C", "up", "operating profit|profit", FY26, KS, source_alt=["Kisaragi"]),
    F("¥412 billion", 412e9, "¥", "L", "up", "operating profit|profit", FY26, KS, source_alt=["Kisaragi"]),
    F("¥450 billion", 450e9, "¥", "L", "up", "operating profit forecast|operating profit|profit", FY27, KS,
      source_alt=["Kisaragi"], direction_alt=[None]),
    F("6.2%", 6.2, "%", "C", "up", "revenue", FY26, None),
    F("¥5.18 trillion", 5.18e12, "¥", "L", "up", "revenue", FY26, None),
    F("¥131 billion", 131e9, "¥", "L", "up", "quarterly operating profit|operating profit|profit", Q(2026, 1), None,
      direction_alt=[None]),
    F("¥97 billion", 97e9, "¥", "L", None, "quarterly operating profit|operating profit|profit", Q(2025, 1), None),
    F("¥145", 145, "¥", "L", None, "assumed exchange rate|exchange rate|yen", FY27, None, source_alt=[KS],
      unit_alt=["yen per dollar"], period_alt=[FY26]),
    F("¥152.6", 152.6, "¥", "L", None, "average exchange rate|exchange rate|yen", FY26, None, source_alt=[KS],
      unit_alt=["yen per dollar"]),
    F("¥3.5 billion", 3.5e9, "¥", "C", None, "annual operating profit|operating profit|profit", None, KS,
      source_alt=["Kisaragi", "it"], kind_alt=["ratio", "level"]),
    F("¥100 billion", 100e9, "¥", "L", None, "share buyback|buyback", None, None, source_alt=[KS]),
    F("¥58", 58, "¥", "L", "up", "annual dividend|dividend", FY27, None, source_alt=[KS], period_alt=[None, FY26]),
    F("¥50", 50, "¥", "L", None, "annual dividend|dividend", FY26, None, source_alt=[KS], period_alt=[None]),
    F("¥438 billion", 438e9, "¥", "L", None, "full-year profit guidance|analysts' estimate|guidance|profit", FY27, "analysts",
      source_alt=["LSEG"]),
], ex=["January-March quarter", "FY26", "Each ¥1"])

# ---------------------------------------------------------------- 12 Indian company half-year (H1 FY26, crore)
PUB = "2025-11-08"
H1 = ("2025-04", "2025-09")
H1P = ("2024-04", "2024-09")
FY26 = ("2025-04", "2026-03")
SR = "Shreyas Retail Ltd"
story("b53-12", PUB, """
Shreyas Retail Ltd reported a 22 per cent jump in standalone net profit to Rs 1,146 crore for the first half of FY26, as footfall at its hypermarkets recovered and margins on private-label products improved.

Revenue for the April-September period rose 17.4 per cent to Rs 18,940 crore from Rs 16,133 crore a year earlier, the Mumbai-based retailer said in an exchange filing on Friday.

For the July-September quarter, net profit was Rs 602 crore and same-store sales grew 8.1 per cent. The company added 46 stores in the half-year, taking its total to 1,318, and plans to open another 90 to 110 by the end of the fiscal year in March.

Ebitda margin widened by 60 basis points to 7.9 per cent in the half, it said.

Managing Director Kavita Deshmukh said festive demand in October had been "the strongest in five years", with sales up nearly a fifth from last October.

Shares of Shreyas closed 1.4 per cent lower at Rs 4,312 on Friday, and have gained 31 per cent so far this year.
""", [
    F("22 per cent", 22, "%", "C", "up", "standalone net profit|net profit|profit", H1, None, source_alt=[SR]),
    F("Rs 1,146 crore", 1.146e10, "Rs", "L", "up", "standalone net profit|net profit|profit", H1, None, source_alt=[SR]),
    F("17.4 per cent", 17.4, "%", "C", "up", "revenue", H1, SR, source_alt=["Shreyas", "retailer"]),
    F("Rs 18,940 crore", 1.894e11, "Rs", "L", "up", "revenue", H1, SR, source_alt=["Shreyas", "retailer"]),
    F("Rs 16,133 crore", 1.6133e11, "Rs", "L", None, "revenue", H1P, SR, source_alt=["Shreyas", "retailer"]),
    F("Rs 602 crore", 6.02e9, "Rs", "L", None, "quarterly net profit|net profit|profit", Q(2025, 3), None),
    F("8.1 per cent", 8.1, "%", "C", "up", "same-store sales|sales", Q(2025, 3), None),
    F("46", 46, "#store", "C", "up", "stores added|stores", H1, None, ctx="added 46", kind_alt=["level"]),
    F("1,318", 1318, "#store", "L", "up", "store count|stores|total", None, None, period_alt=[H1, ("2025-09", "2025-09")],
      direction_alt=[None]),
    F("90 to 110", 90, "#store", "C", "up", "new stores planned|stores|store openings", (None, "2026-03"), None,
      value_hi=110, kind_alt=["level"], period_alt=[("2025-10", "2026-03"), FY26]),
    F("60 basis points", 60, "bp", "C", "up", "Ebitda margin|margin", H1, SR, source_alt=["Shreyas", "it"]),
    F("7.9 per cent", 7.9, "%", "L", "up", "Ebitda margin|margin", H1, SR, source_alt=["Shreyas", "it"]),
    FR("a fifth", 1, 5, "C", "up", "festive sales|sales|October sales", M(2025, 10), "Kavita Deshmukh",
       source_alt=["Deshmukh"]),
    F("1.4 per cent", 1.4, "%", "C", "dn", "Shreyas shares|shares|stock", last(PUB, "Friday"), None),
    F("Rs 4,312", 4312, "Rs", "L", "dn", "Shreyas shares|shares|stock|share price", last(PUB, "Friday"), None),
    F("31 per cent", 31, "%", "C", "up", "Shreyas shares|shares|stock", ("2025-01", "2025-11"), None,
      period_alt=[("2025-01-01", last(PUB, "Friday"))]),
], ex=["first half", "FY26", "April-September", "July-September quarter", "half-year", "five years", "in the half"])

# ---------------------------------------------------------------- 13 Australian half-year (1H FY26 to Dec 31, A$)
PUB = "2026-02-19"
H1 = ("2025-07", "2025-12")
H1P = ("2024-07", "2024-12")
FY = ("2025-07", "2026-06")
BG = "Bindarra Group"
story("b53-13", PUB, """
Bindarra Group has lifted its interim dividend after posting a 9 per cent rise in underlying net profit to A$684 million for the six months to December 31, as higher toll revenue on its Sydney motorways offset rising interest costs.

Statutory profit fell to A$402 million from A$517 million, reflecting a A$190 million write-down on its stake in a Melbourne airport rail consortium, the company told the ASX on Thursday.

Traffic across its network grew 3.6 per cent, with heavy vehicle traffic up 5.2 per cent. The interim dividend will be 31.5 cents a share, up from 29 cents.

Chief executive Hamish Rourke reaffirmed guidance for full-year distributions of 63 cents to 64 cents, and said gearing had fallen to 32.8 per cent, within the board's target range of 30 to 35 per cent.

Shares in Bindarra rose 2.7 per cent to A$16.42, outpacing a 0.4 per cent gain in the S&P/ASX 200.
""", [
    F("9 per cent", 9, "%", "C", "up", "underlying net profit|net profit|profit", H1, BG, source_alt=["Bindarra", "company"]),
    F("A$684 million", 684e6, "A$", "L", "up", "underlying net profit|net profit|profit", H1, BG,
      source_alt=["Bindarra", "company"]),
    F("A$402 million", 402e6, "A$", "L", "dn", "statutory profit|profit", H1, BG, source_alt=["Bindarra", "company"]),
    F("A$517 million", 517e6, "A$", "L", None, "statutory profit|profit", H1P, BG, source_alt=["Bindarra", "company"]),
    F("A$190 million", 190e6, "A$", "L", None, "write-down|stake", H1, BG, source_alt=["Bindarra", "company"],
      kind_alt=["change"], direction_alt=["decrease"]),
    F("3.6 per cent", 3.6, "%", "C", "up", "network traffic|traffic", H1, None),
    F("5.2 per cent", 5.2, "%", "C", "up", "heavy vehicle traffic|traffic", H1, None),
    CENTS("31.5 cents", 31.5, "A$", "L", "up", "interim dividend|dividend", H1, None, period_alt=[FY, None]),
    CENTS("29 cents", 29, "A$", "L", None, "interim dividend|dividend", H1P, None, period_alt=[("2024-07", "2025-06")]),
    CENTS("63 cents to 64 cents", 63, "A$", "L", None, "full-year distributions|distributions|guidance", FY,
          "Hamish Rourke", value_hi=0.64, source_alt=["Rourke"]),
    F("32.8 per cent", 32.8, "%", "L", "dn", "gearing", None, "Hamish Rourke", source_alt=["Rourke"],
      period_alt=[DAY("2025-12-31"), M(2025, 12), PUB]),
    F("30 to 35 per cent", 30, "%", "L", None, "gearing target range|target range|gearing", None, "Hamish Rourke",
      value_hi=35, source_alt=["Rourke", "board"]),
    F("2.7 per cent", 2.7, "%", "C", "up", "Bindarra shares|shares|stock", PUB, None),
    F("A$16.42", 16.42, "A$", "L", "up", "Bindarra shares|shares|stock|share price", PUB, None),
    F("0.4 per cent", 0.4, "%", "C", "up", "S&P/ASX 200|index|ASX 200", PUB, None),
], ex=["six months", "ASX 200"])

# ---------------------------------------------------------------- 14 US retailer, fiscal year ended Jan. 31
PUB = "2026-03-05"
FYR = ("2025-02", "2026-01")
FYN = ("2026-02", "2027-01")
QR = ("2025-11", "2026-01")
TH = "Tallow & Hart"
story("b53-14", PUB, """
Tallow & Hart, the home furnishings chain, said on Wednesday that comparable sales fell 2.8% in the quarter ended Jan. 31, a smaller decline than the 4.1% drop analysts surveyed by FactSet had expected, and its shares jumped 11% in after-hours trading.

Net sales for the holiday quarter were $1.37 billion, down from $1.42 billion a year earlier. For the fiscal year, sales slipped 3% to $4.86 billion, and the company swung to a net loss of $38 million from a profit of $52 million.

Tallow & Hart expects fiscal 2026 sales of between $4.75 billion and $4.95 billion, and plans to close 25 to 30 of its 412 stores. It said tariffs would add $60 million to $80 million to costs this year.

"We've cut inventory by 14% and we're entering the year much leaner," Chief Executive Dana Whitcombe said on a call with analysts. She said online orders now make up 41% of sales, up from 36% two years ago.
""", [
    F("2.8%", 2.8, "%", "C", "dn", "comparable sales|sales", QR, TH),
    F("4.1%", 4.1, "%", "C", "dn", "comparable sales|analysts' estimate|sales", QR, "analysts", source_alt=["FactSet"]),
    F("11%", 11, "%", "C", "up", "Tallow & Hart shares|shares|stock", last(PUB, "Wednesday"), None),
    F("$1.37 billion", 1.37e9, "$", "L", "dn", "net sales|sales|holiday quarter sales", QR, None, direction_alt=[None]),
    F("$1.42 billion", 1.42e9, "$", "L", None, "net sales|sales|holiday quarter sales", ("2024-11", "2025-01"), None),
    F("3%", 3, "%", "C", "dn", "annual sales|sales", FYR, None),
    F("$4.86 billion", 4.86e9, "$", "L", "dn", "annual sales|sales", FYR, None),
    F("$38 million", 38e6, "$", "L", "dn", "net loss|loss|net income", FYR, None, direction_alt=[None]),
    F("$52 million", 52e6, "$", "L", None, "net profit|profit|net income", ("2024-02", "2025-01"), None),
    F("$4.75 billion and $4.95 billion", 4.75e9, "$", "L", None, "fiscal 2026 sales|sales|sales forecast", FYN, TH,
      value_hi=4.95e9, source_alt=["company"]),
    F("25 to 30", 25, "#store", "C", "dn", "store closures|stores", FYN, TH, value_hi=30, kind_alt=["level"],
      source_alt=["company"], period_alt=[None]),
    F("412", 412, "#store", "L", None, "stores|store count", None, TH, source_alt=["company"], period_alt=[PUB]),
    F("$60 million to $80 million", 60e6, "$", "C", "up", "tariff costs|costs|tariffs", FYN, TH, value_hi=80e6,
      source_alt=["company", "it"], kind_alt=["level"], period_alt=[Y(2026)]),
    F("14%", 14, "%", "C", "dn", "inventory", None, "Dana Whitcombe", source_alt=["Whitcombe"], period_alt=[FYR]),
    F("41%", 41, "%", "S", "up", "online orders' share of sales|online orders|sales", None, "Dana Whitcombe",
      source_alt=["Whitcombe"], period_alt=[PUB, FYR], direction_alt=[None]),
    F("36%", 36, "%", "S", None, "online orders' share of sales|online orders|sales", "2024-03-05", "Dana Whitcombe",
      source_alt=["Whitcombe"], period_alt=[M(2024, 3), None, ("2023-02", "2024-01")]),
], ex=["two years ago", "quarter ended", "holiday quarter"])

# ---------------------------------------------------------------- 15 Canadian bank, fiscal year ends Oct. 31 (C$)
PUB = "2025-12-04"
Q4 = ("2025-08", "2025-10")
FY = ("2024-11", "2025-10")
LB = "Laurentide Bank of Canada"
story("b53-15", PUB, """
Laurentide Bank of Canada on Thursday reported fourth-quarter adjusted earnings of C$2.41 a share, topping the C$2.28 that analysts had forecast, as wealth management fees climbed and loan-loss provisions came in lower than feared.

Net income for the three months ended Oct. 31 rose 12% to C$1.86 billion from C$1.66 billion a year earlier. For fiscal 2025, profit reached a record C$7.1 billion.

Provisions for credit losses were C$512 million in the quarter, down from C$604 million in the third quarter, the bank said. Its common equity tier 1 ratio, a key measure of capital strength, stood at 13.4%, comfortably above the 11.5% regulatory minimum.

The lender raised its quarterly dividend by 5 cents to C$1.52 a share.

"We expect mid-single-digit earnings growth in 2026," Chief Financial Officer Martine Gagnon told analysts, adding that mortgage renewals for about 180,000 clients next year would be "manageable".

Laurentide shares were up 1.9% at C$158.30 in Toronto trading.
""", [
    F("C$2.41", 2.41, "C$", "L", None, "adjusted earnings per share|adjusted earnings|earnings per share|earnings", Q4, LB,
      source_alt=["Laurentide", "bank"]),
    F("C$2.28", 2.28, "C$", "L", None, "analysts' estimate|adjusted earnings per share|earnings per share|earnings", Q4,
      "analysts"),
    F("12%", 12, "%", "C", "up", "net income", Q4, None),
    F("C$1.86 billion", 1.86e9, "C$", "L", "up", "net income", Q4, None),
    F("C$1.66 billion", 1.66e9, "C$", "L", None, "net income", ("2024-08", "2024-10"), None),
    F("C$7.1 billion", 7.1e9, "C$", "L", None, "annual profit|profit", FY, None, direction_alt=["increase"]),
    F("C$512 million", 512e6, "C$", "L", "dn", "provisions for credit losses|provisions|loan-loss provisions", Q4, LB,
      source_alt=["bank"], direction_alt=[None]),
    F("C$604 million", 604e6, "C$", "L", None, "provisions for credit losses|provisions|loan-loss provisions",
      ("2025-05", "2025-07"), LB, source_alt=["bank"]),
    F("13.4%", 13.4, "%", "L", None, "common equity tier 1 ratio|CET1 ratio|capital ratio|ratio", DAY("2025-10-31"), None,
      period_alt=[Q4, PUB, None]),
    F("11.5%", 11.5, "%", "L", None, "regulatory minimum|minimum|capital ratio", None, None),
    CENTS("5 cents", 5, "C$", "C", "up", "quarterly dividend|dividend", None, None, source_alt=[LB], period_alt=[Q4]),
    F("C$1.52", 1.52, "C$", "L", "up", "quarterly dividend|dividend", None, None, source_alt=[LB], period_alt=[Q4]),
    F("180,000", 180000, "#client", "L", None, "mortgage renewals|clients|renewals", Y(2026), "Martine Gagnon",
      source_alt=["Gagnon"]),
    F("1.9%", 1.9, "%", "C", "up", "Laurentide shares|shares|stock", PUB, None),
    F("C$158.30", 158.3, "C$", "L", "up", "Laurentide shares|shares|stock|share price", PUB, None),
], ex=["fourth-quarter", "three months", "third quarter", "common equity tier 1", "mid-single-digit", "in the quarter"])

# ---------------------------------------------------------------- 16 Swiss company half-year (CHF, from X to Y)
PUB = "2025-07-24"
H1 = ("2025-01", "2025-06")
AB = "Alpbrunn Holding"
story("b53-16", PUB, """
Alpbrunn Holding, the Swiss maker of hearing aids, cut its full-year sales growth forecast on Thursday to 3% to 5% in local currencies, from 6% to 8%, after a slump in U.S. orders, sending its shares down 9.4%.

Sales in the first half rose 2.1% in local currencies to CHF 1.92 billion, but fell 1.3% in Swiss francs because of the stronger franc. Operating profit dropped from CHF 412 million to CHF 366 million, and the operating margin narrowed from 21.6% to 19.1%.

U.S. sales, which account for about 38% of the group total, fell 7% in the period, the company said. It blamed tariffs of 15% on goods imported from Switzerland and a pause in purchases by veterans' clinics.

Chief executive Reto Ammann said the company would cut about 450 of its 11,200 jobs, most of them in Switzerland, to save CHF 60 million a year from 2027. "The demand is still there; the timing has shifted," he said.

Analysts at a Zurich bank said the new guidance implied second-half growth of barely 4%.
""", [
    F("3% to 5%", 3, "%", "C", "up", "full-year sales growth forecast|sales growth|sales|forecast", Y(2025), AB,
      value_hi=5, source_alt=["Alpbrunn"], direction_alt=[None, "decrease"]),
    F("6% to 8%", 6, "%", "C", None, "full-year sales growth forecast|sales growth|sales|forecast", Y(2025), AB,
      value_hi=8, source_alt=["Alpbrunn"], direction_alt=["increase"]),
    F("9.4%", 9.4, "%", "C", "dn", "Alpbrunn shares|shares|stock", PUB, None, source_alt=[AB]),
    F("2.1%", 2.1, "%", "C", "up", "sales|local-currency sales", H1, None),
    F("CHF 1.92 billion", 1.92e9, "CHF", "L", "up", "sales", H1, None),
    F("1.3%", 1.3, "%", "C", "dn", "sales in Swiss francs|sales", H1, None),
    F("CHF 412 million", 412e6, "CHF", "L", None, "operating profit|profit", ("2024-01", "2024-06"), None,
      direction_alt=["decrease"]),
    F("CHF 366 million", 366e6, "CHF", "L", "dn", "operating profit|profit", H1, None),
    F("21.6%", 21.6, "%", "L", None, "operating margin|margin", ("2024-01", "2024-06"), None,
      direction_alt=["decrease"]),
    F("19.1%", 19.1, "%", "L", "dn", "operating margin|margin", H1, None),
    F("38%", 38, "%", "S", None, "U.S. share of group sales|U.S. sales|sales|group total", None, None, source_alt=[AB],
      period_alt=[H1]),
    F("7%", 7, "%", "C", "dn", "U.S. sales|sales", H1, AB, source_alt=["Alpbrunn", "company"]),
    F("15%", 15, "%", "L", None, "tariffs|tariff rate|tariffs on Swiss goods", None, AB,
      source_alt=["Alpbrunn", "company", "it"], period_alt=[PUB]),
    F("450", 450, "#job", "C", "dn", "job cuts|jobs", None, "Reto Ammann", source_alt=["Ammann"], kind_alt=["level"]),
    F("11,200", 11200, "#job", "L", None, "jobs|workforce|employees", None, "Reto Ammann", source_alt=["Ammann"],
      period_alt=[PUB]),
    F("CHF 60 million", 60e6, "CHF", "L", None, "annual savings|savings", ("2027-01", None), "Reto Ammann",
      source_alt=["Ammann"], kind_alt=["change"], period_alt=[Y(2027), None]),
    F("4%", 4, "%", "C", "up", "second-half growth|sales growth|growth", ("2025-07", "2025-12"), "analysts", ctx="barely 4%",
      source_alt=["Zurich bank"]),
], ex=["first half", "second-half"])

# ---------------------------------------------------------------- 17 Eurozone carmaker, € and "from X to Y"
PUB = "2026-04-29"
Q1 = Q(2026, 1)
VK = "Vierkant Automobil"
story("b53-17", PUB, """
Vierkant Automobil said first-quarter operating profit fell by almost half to €1.14 billion, from €2.21 billion a year earlier, as price cuts in China and U.S. tariffs squeezed its margins.

The German carmaker's operating margin slid from 7.8% to 4.1%, below the 5.5% analysts had pencilled in, while revenue dropped 6% to €38.4 billion. Deliveries fell 4% to 1.96 million vehicles, including about 214,000 fully electric models, up 29%.

Vierkant kept its 2026 margin target of 5% to 6%, but Finance Chief Katrin Vollmer said the lower end now looked "more realistic". She said tariffs had cost the group €620 million in the quarter and could cost as much as €2.5 billion over the year.

In China, where Vierkant sold 612,000 cars, its market share fell to 9.2% from 10.5%, according to data from the China Passenger Car Association.

The shares were down 3.1% at €84.06 in Frankfurt by midday.
""", [
    FR("half", 1, 2, "C", "dn", "operating profit|profit", Q1, VK, source_alt=["Vierkant"]),
    F("€1.14 billion", 1.14e9, "€", "L", "dn", "operating profit|profit", Q1, VK, source_alt=["Vierkant"]),
    F("€2.21 billion", 2.21e9, "€", "L", None, "operating profit|profit", Q(2025, 1), VK, source_alt=["Vierkant"]),
    F("7.8%", 7.8, "%", "L", None, "operating margin|margin", Q(2025, 1), None, direction_alt=["decrease"]),
    F("4.1%", 4.1, "%", "L", "dn", "operating margin|margin", Q1, None),
    F("5.5%", 5.5, "%", "L", None, "analysts' margin estimate|operating margin|margin|estimate", Q1, "analysts"),
    F("6%", 6, "%", "C", "dn", "revenue", Q1, None, ctx="dropped 6%"),
    F("€38.4 billion", 38.4e9, "€", "L", "dn", "revenue", Q1, None),
    F("4%", 4, "%", "C", "dn", "deliveries|vehicles delivered", Q1, None, ctx="fell 4%"),
    F("1.96 million", 1.96e6, "#vehicle", "L", "dn", "deliveries|vehicles delivered|vehicles", Q1, None),
    F("214,000", 214000, "#vehicle", "L", "up", "electric vehicle deliveries|fully electric models|deliveries|electric models",
      Q1, None, unit_alt=["model"], direction_alt=[None]),
    F("29%", 29, "%", "C", "up", "electric vehicle deliveries|fully electric models|deliveries", Q1, None),
    F("5% to 6%", 5, "%", "L", None, "margin target|operating margin|margin", Y(2026), None, value_hi=6,
      source_alt=[VK, "Vierkant"]),
    F("€620 million", 620e6, "€", "L", None, "tariff costs|tariffs|cost", Q1, "Katrin Vollmer", source_alt=["Vollmer"],
      kind_alt=["change"]),
    F("€2.5 billion", 2.5e9, "€", "L", None, "tariff costs|tariffs|cost", Y(2026), "Katrin Vollmer",
      source_alt=["Vollmer"], kind_alt=["change"]),
    F("612,000", 612000, "#car", "L", None, "China sales|cars sold in China|cars|sales", Q1, None,
      source_alt=["China Passenger Car Association"], unit_alt=["vehicle"]),
    F("9.2%", 9.2, "%", "S", "dn", "China market share|market share|share", Q1, "China Passenger Car Association",
      source_alt=["data"], direction_alt=[None]),
    F("10.5%", 10.5, "%", "S", None, "China market share|market share|share", Q(2025, 1), "China Passenger Car Association",
      source_alt=["data"]),
    F("3.1%", 3.1, "%", "C", "dn", "Vierkant shares|shares|stock", PUB, None),
    F("€84.06", 84.06, "€", "L", "dn", "Vierkant shares|shares|stock|share price", PUB, None),
], ex=["first-quarter", "in the quarter"])

# ---------------------------------------------------------------- 18 Singapore REIT half-year (S$, cents)
PUB = "2025-07-27"
H1 = ("2025-01", "2025-06")
H1P = ("2024-01", "2024-06")
MR = "Merlion Logistics Trust"
story("b53-18", PUB, """
Merlion Logistics Trust, a Singapore-listed real estate investment trust, posted a distribution per unit of 4.38 Singapore cents for the half-year ended June 30, down 2.7 per cent from 4.50 cents a year earlier, as higher financing costs offset rental growth.

Gross revenue rose 5.3 per cent to S$214.6 million, while net property income increased 4.8 per cent to S$161.2 million, the manager said in a filing on Friday.

Portfolio occupancy was 96.4 per cent as at June 30, compared with 95.1 per cent at the end of March. Rental reversions, the change in rents on renewed leases, averaged 11.8 per cent.

The trust's average cost of debt rose to 3.9 per cent from 3.4 per cent, and its aggregate leverage stood at 38.6 per cent, below the regulatory cap of 50 per cent.

Chief executive Melissa Tan said the manager was in talks to sell two older warehouses in Tuas for about S$85 million, and would use the proceeds to pay down debt.
""", [
    CENTS("4.38 Singapore cents", 4.38, "S$", "L", "dn", "distribution per unit|DPU|distribution", H1, None,
          unit_alt=["Singapore cent"]),
    F("2.7 per cent", 2.7, "%", "C", "dn", "distribution per unit|DPU|distribution", H1, None),
    CENTS("4.50 cents", 4.5, "S$", "L", None, "distribution per unit|DPU|distribution", H1P, None,
          value_alt=[4.5]),
    F("5.3 per cent", 5.3, "%", "C", "up", "gross revenue|revenue", H1, "manager", source_alt=[MR]),
    F("S$214.6 million", 214.6e6, "S$", "L", "up", "gross revenue|revenue", H1, "manager", source_alt=[MR]),
    F("4.8 per cent", 4.8, "%", "C", "up", "net property income|income", H1, "manager", source_alt=[MR]),
    F("S$161.2 million", 161.2e6, "S$", "L", "up", "net property income|income", H1, "manager", source_alt=[MR]),
    F("96.4 per cent", 96.4, "%", "L", None, "portfolio occupancy|occupancy", DAY("2025-06-30"), None,
      kind_alt=["share"], direction_alt=["increase"], period_alt=[M(2025, 6)]),
    F("95.1 per cent", 95.1, "%", "L", None, "portfolio occupancy|occupancy", M(2025, 3), None,
      kind_alt=["share"], period_alt=[DAY("2025-03-31")]),
    F("11.8 per cent", 11.8, "%", "C", "up", "rental reversions|rents on renewed leases|rents|reversions", H1, None,
      kind_alt=["level"]),
    F("3.9 per cent", 3.9, "%", "L", "up", "average cost of debt|cost of debt|debt", H1, None,
      period_alt=[DAY("2025-06-30"), None]),
    F("3.4 per cent", 3.4, "%", "L", None, "average cost of debt|cost of debt|debt", H1P, None,
      period_alt=[None, Y(2024)]),
    F("38.6 per cent", 38.6, "%", "L", None, "aggregate leverage|leverage", DAY("2025-06-30"), None,
      kind_alt=["share", "ratio"], period_alt=[H1, None]),
    F("50 per cent", 50, "%", "L", None, "regulatory cap|leverage cap|cap|leverage", None, None, kind_alt=["share"]),
    F("two", 2, "#warehouse", "L", None, "warehouses for sale|warehouses", None, "Melissa Tan", ctx="sell two",
      source_alt=["Tan"]),
    F("S$85 million", 85e6, "S$", "L", None, "warehouse sale|sale price|warehouses|proceeds", None, "Melissa Tan",
      source_alt=["Tan"]),
], ex=["half-year"])

# ---------------------------------------------------------------- 19 UK retailer trading update (weeks to, year to date, pence)
PUB = "2026-01-08"
XM = ("2025-11-02", "2026-01-03")
YTD = ("2025-03", "2026-01")
CB = "Cobbett & Lowe"
story("b53-19", PUB, """
Cobbett & Lowe, the department store group, said like-for-like sales rose 4.6 per cent in the nine weeks to 3 January, its best Christmas in four years, lifting its shares by almost 14 per cent.

Full-price sales of clothing were up 7.2 per cent, while home and furniture slipped 1.1 per cent. Online accounted for 44 per cent of sales over the period, up from 40 per cent a year earlier.

Year to date, total sales are 2.9 per cent ahead, the retailer said, and it now expects pre-tax profit for the year to 28 February of £148m to £155m, up from previous guidance of about £140m.

Chief executive Nadia Harcourt said the group had absorbed £21m of extra national insurance and wage costs this year. "We held prices on about a third of our lines and customers noticed," she said.

The shares closed up 13.6 per cent at 212p, valuing the company at about £1.1bn. Shore Capital analyst Tom Needham raised his target price to 260p from 230p.
""", [
    F("4.6 per cent", 4.6, "%", "C", "up", "like-for-like sales|sales", XM, CB, source_alt=["Cobbett"]),
    F("14 per cent", 14, "%", "C", "up", "Cobbett & Lowe shares|shares|stock", PUB, None, ctx="almost 14 per cent",
      source_alt=[CB]),
    F("7.2 per cent", 7.2, "%", "C", "up", "full-price clothing sales|clothing|sales", XM, None),
    F("1.1 per cent", 1.1, "%", "C", "dn", "home and furniture sales|home and furniture|sales", XM, None),
    F("44 per cent", 44, "%", "S", "up", "online share of sales|online|sales", XM, None, direction_alt=[None]),
    F("40 per cent", 40, "%", "S", None, "online share of sales|online|sales", ("2024-11-03", "2025-01-04"), None,
      period_alt=[("2024-11", "2025-01"), None]),
    F("2.9 per cent", 2.9, "%", "C", "up", "total sales|sales", YTD, CB, source_alt=["retailer"],
      period_alt=[("2025-03", "2026-01-03")], kind_alt=["level"]),
    F("£148m to £155m", 148e6, "£", "L", "up", "pre-tax profit|profit|guidance", ("2025-03", "2026-02"), CB,
      value_hi=155e6, source_alt=["retailer"], direction_alt=[None]),
    F("£140m", 140e6, "£", "L", None, "previous guidance|pre-tax profit|profit|guidance", ("2025-03", "2026-02"), CB,
      source_alt=["retailer"]),
    F("£21m", 21e6, "£", "L", None, "extra national insurance and wage costs|costs|national insurance", ("2025-03", "2026-02"),
      "Nadia Harcourt", source_alt=["Harcourt"], kind_alt=["change"], direction_alt=["increase"]),
    FR("a third", 1, 3, "S", None, "lines with prices held|lines|prices", None, "Nadia Harcourt",
       source_alt=["Harcourt"], period_alt=[XM]),
    F("13.6 per cent", 13.6, "%", "C", "up", "Cobbett & Lowe shares|shares|stock", PUB, None),
    CENTS("212p", 212, "£", "L", "up", "Cobbett & Lowe shares|shares|stock|share price", PUB, None, sub="pence"),
    F("£1.1bn", 1.1e9, "£", "L", None, "market value|company value|valuation|company", PUB, None),
    CENTS("260p", 260, "£", "L", "up", "target price|price target|target", None, "Tom Needham", sub="pence",
          source_alt=["Shore Capital", "Needham"], period_alt=[PUB]),
    CENTS("230p", 230, "£", "L", None, "target price|price target|target", None, "Tom Needham", sub="pence",
          source_alt=["Shore Capital", "Needham"]),
], ex=["nine weeks", "four years"])

# ---------------------------------------------------------------- 20 airline traffic, load factor, a year earlier
PUB = "2025-10-14"
SEP = M(2025, 9)
SA = "Southern Cross Airways"
story("b53-20", PUB, """
Southern Cross Airways carried 3.42 million passengers in September, up 6.8 per cent from a year earlier, and filled 86.1 per cent of its seats, the Australian carrier said on Tuesday.

Capacity, measured in available seat kilometres, grew 5.5 per cent, while revenue passenger kilometres, a measure of paid traffic, rose 7.4 per cent. The load factor was 1.5 percentage points higher than in September last year.

International passenger numbers jumped 12 per cent to 612,000, with flights to India and Japan leading the growth. Domestic traffic rose a more modest 5.7 per cent.

On-time performance improved to 81.3 per cent from 74.9 per cent, and the cancellation rate halved to 1.2 per cent.

Year to date, the airline has carried 29.8 million passengers, 5.1 per cent more than in the first nine months of 2024. Fuel prices averaged A$128 a barrel in the month, it said, compared with A$141 a year earlier.
""", [
    F("3.42 million", 3.42e6, "#passenger", "L", "up", "passengers|passengers carried", SEP, SA,
      source_alt=["carrier"], direction_alt=[None]),
    F("6.8 per cent", 6.8, "%", "C", "up", "passengers|passengers carried", SEP, SA, source_alt=["carrier"],
      period_alt=[span12(2025, 9)]),
    F("86.1 per cent", 86.1, "%", "S", "up", "load factor|seats filled|seats", SEP, SA, source_alt=["carrier"],
      kind_alt=["level"], direction_alt=[None]),
    F("5.5 per cent", 5.5, "%", "C", "up", "capacity|available seat kilometres", SEP, None),
    F("7.4 per cent", 7.4, "%", "C", "up", "revenue passenger kilometres|paid traffic|traffic", SEP, None),
    F("1.5 percentage points", 1.5, "pp", "C", "up", "load factor", SEP, None),
    F("12 per cent", 12, "%", "C", "up", "international passengers|international passenger numbers|passengers", SEP, None),
    F("612,000", 612000, "#passenger", "L", "up", "international passengers|international passenger numbers|passengers",
      SEP, None),
    F("5.7 per cent", 5.7, "%", "C", "up", "domestic traffic|traffic", SEP, None),
    F("81.3 per cent", 81.3, "%", "L", "up", "on-time performance|on-time rate", SEP, None, kind_alt=["share"]),
    F("74.9 per cent", 74.9, "%", "L", None, "on-time performance|on-time rate", M(2024, 9), None, kind_alt=["share"],
      period_alt=[None]),
    F("halved", 0.5, None, "R", "dn", "cancellation rate|cancellations", SEP, None, value_alt=[50],
      kind_alt=["change"], unit_alt=["times", "percent"], direction_alt=[None]),
    F("1.2 per cent", 1.2, "%", "L", "dn", "cancellation rate|cancellations", SEP, None, kind_alt=["share"]),
    F("29.8 million", 29.8e6, "#passenger", "L", None, "passengers year to date|passengers", MM(2025, 1, 2025, 9), None),
    F("5.1 per cent", 5.1, "%", "C", "up", "passengers year to date|passengers", MM(2025, 1, 2025, 9), None),
    F("A$128", 128, "A$", "L", "dn", "fuel prices|fuel|jet fuel", SEP, SA, source_alt=["it", "carrier"],
      direction_alt=[None]),
    F("A$141", 141, "A$", "L", None, "fuel prices|fuel|jet fuel", M(2024, 9), SA, source_alt=["it", "carrier"]),
], ex=["first nine months"])
