## The five-gap report: a customer (servqual) file and a management/staff (gaps) file together,
## drawn as the model with each gap's score.

fivegap-title = Five-gap model of service quality
fivegap-customers = { $n ->
    [one] 1 customer
   *[other] { $n } customers
}
fivegap-providers = { $n ->
    [one] 1 manager or staff member
   *[other] { $n } managers and staff
}
fivegap-who = { $customers } ({ $customer_sources }) · { $providers } ({ $roles }; { $provider_sources })
fivegap-customer = CUSTOMER
fivegap-provider = PROVIDER
fivegap-box-expected = Expected service
fivegap-box-perceived = Perceived service
fivegap-box-delivery = Service delivery
fivegap-box-communications = External communications
fivegap-box-standards = Service-quality standards
fivegap-box-management = Management's perception of customers' expectations
fivegap-drawing-title = The five-gap model with each gap's score
fivegap-drawing-desc = { $title }: { $score }
fivegap-legend = Gaps 1–4: driver scores 1–7, higher = healthier (smaller gap); Δ = managers' estimate − customers' expectation. Gap 5: { $unit } (negative = shortfall). The gaps are on different scales: gap 5 is a result of gaps 1–4, not their sum.

fivegap-gaps = The gaps
fivegap-col-gap = gap
fivegap-col-between = between
fivegap-col-score = score
fivegap-col-also = also
fivegap-also-1 = Δ { $delta } · MAE { $mae }
fivegap-also-5 = { $unit } · weighted { $weighted }
fivegap-also-direct = direct items { $score }
fivegap-mae = MAE { $mae }

fivegap-weakest = Weakest drivers per gap
fivegap-weakest-line = { $title }: { $drivers }
fivegap-no-answers = no answers
fivegap-driver = { $name } { $score }

fivegap-worst = Where the customer gap (gap 5) is worst
fivegap-worst-none = No dimension has a negative gap 5.
fivegap-worst-line = { $name }: { $parts }
fivegap-worst-gap5 = gap 5 { $gap } (E { $e }, P { $p }, n={ $n })
fivegap-worst-gap1 = gap 1 Δ { $delta }
fivegap-worst-direct = gap { $n } { $what } { $score }
fivegap-what-2 = standards
fivegap-what-3 = delivery
fivegap-what-4 = promises
fivegap-worst-more = { $n ->
    [one] 1 more dimension has a negative gap 5: { $names }.
   *[other] { $n } more dimensions have a negative gap 5: { $names }.
}
fivegap-customers-caption = Customers: expectation and perception per dimension.

fivegap-gap1 = Gap 1 by dimension: estimates against customers' own expectations
fivegap-col-dimension = dimension
fivegap-col-customers = customers' E
fivegap-col-managers = managers' estimate
fivegap-col-gap1 = gap 1 Δ
fivegap-col-staff = staff's estimate
fivegap-col-gap6 = gap 6
fivegap-col-gap7 = gap 7
fivegap-accuracy = Accuracy of the estimates (mean absolute error over items): managers { $managers }
fivegap-accuracy-staff = Accuracy of the estimates (mean absolute error over items): managers { $managers } · staff { $staff }
fivegap-drivers = Drivers (1–7, higher = healthier)

fivegap-step-weakest = Gap { $n } ({ $name }) has the weakest drivers ({ $score }): work on { $drivers } first.
fivegap-step-misjudge = Managers misjudge customers' expectations most on { $items }: share the customer results with them and listen to customers directly (gap 1).
fivegap-step-item = { $id } ({ $gap })
fivegap-step-worst-direct = Customers feel the largest shortfall on { $name } ({ $gap }); for it, staff and managers rate the { $weakest } lowest ({ $score }): look there first.
fivegap-step-worst = Customers feel the largest shortfall on { $name } ({ $gap }): answer the optional direct items per dimension to see which provider gap it comes from.
fivegap-step-staff = Ask front-line staff as well: they answer the delivery-gap drivers, and their estimates of customers' expectations give gaps 6 and 7.
fivegap-step-small-n = With only { $customers }, gap 5 is indicative: survey at least { $min } before acting on small differences.
fivegap-step-diagnostics = Driver scores are diagnostics to discuss with the teams, not validated psychometric scales.

fivegap-method-gap1 = Gap 1 per item = mean manager estimate − mean customer expectation (every expectation given, P or not; the desired level for a zone survey). Positive = managers think customers expect more than they do. Gap 6 = staff estimate − customer expectation; gap 7 = staff − managers.
fivegap-method-dimension = A dimension's gap 1 is the mean of its items' gaps; the overall gap 1 (Δ) is the mean of the dimensions' gap 1 (dimension first, as SERVQUAL's overall gap); the accuracy is the mean absolute error over the items.
fivegap-method-scales = Gap scores 1–4 are driver scores (mean of their constructs, 1–7, higher = healthier); gap 5 is SERVQUAL's unweighted overall gap, its weighted SQ shown beside it. They are on different scales, and gap 5 is a function of gaps 1–4, never their sum. Gap 4 lies between the service delivered and what external communications promise.
fivegap-method-worst = The dimensions where gap 5 is worst are those with a negative gap, most negative first; the first { $shown } are described, the others named.
