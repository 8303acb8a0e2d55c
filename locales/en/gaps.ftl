## The management and staff side of the five-gap model: the drivers of gaps 1–4, the direct items
## per dimension and the estimates of customers' expectations. Gap names are shared with the
## five-gap report.

gaps-name-1 = Listening gap
gaps-name-2 = Standards gap
gaps-name-3 = Delivery gap
gaps-name-4 = Communication gap
gaps-name-5 = Customer gap
gaps-name-6 = Staff–customer gap
gaps-name-7 = Staff–manager gap
gaps-between-1 = customers' expectations ↔ management's perception of them
gaps-between-2 = management's perception ↔ service-quality standards
gaps-between-3 = service standards ↔ the service actually delivered
gaps-between-4 = service delivered ↔ what external communications promise
gaps-between-5 = expected service ↔ perceived service
gaps-between-6 = customers' expectations ↔ staff's estimate of them
gaps-between-7 = staff's estimate ↔ managers' estimate
gaps-title = Gap { $n } — { $name }
gaps-label = gap { $n }
gaps-reverse-note = ({ $name }, reverse-scored)
gaps-with-note = { $name } { $note }
gaps-dimension-tangibles = Tangibles
gaps-dimension-reliability = Reliability
gaps-dimension-responsiveness = Responsiveness
gaps-dimension-assurance = Assurance
gaps-dimension-empathy = Empathy

gaps-meta = driver scores 1–7, higher = healthier (smaller gap)
gaps-diagnostic = Driver scores are diagnostics, not validated psychometric scales.
gaps-drivers-of = { $k } of { $of } drivers
gaps-weakest = weakest: { $drivers }
gaps-drivers = Drivers
gaps-col-driver = driver
gaps-col-score = score
gaps-chart-title = Drivers of gaps 1–4 (higher = healthier)
gaps-chart-desc = { $name }: { $score }
gaps-chart-caption = Mean construct scores after reverse-coding; the dashed line is the scale midpoint.
gaps-midpoint = midpoint
gaps-direct = Direct items per dimension (1–7, higher = smaller gap)
gaps-col-dimension = dimension
gaps-col-standards = gap 2
gaps-col-delivery = gap 3
gaps-col-promises = gap 4
gaps-direct-key = gap 2: we have customer-defined standards · gap 3: our service meets them · gap 4: what we promise matches what we deliver
gaps-direct-cell = { $score } (n={ $n })
gaps-estimates = Estimates of customers' expectations (1–7)
gaps-col-managers = managers
gaps-col-staff = staff
gaps-col-gap7 = gap 7 (staff − managers)
gaps-col-gap7-abs = |gap 7|
gaps-gap7-mae = Gap 7 mean absolute error: { $mae }
gaps-gap1-needs-customers = Gap 1 needs the customers' own expectations: add a servqual results file to this report.

gaps-step-weakest = Gap { $n } ({ $name }) has the weakest drivers ({ $score }): start with { $drivers }.
gaps-driver-score = { $name } ({ $score })
gaps-and = {" "}and{" "}
gaps-step-statement = { $driver } ({ $score }): “{ $statement }” scores { $item } (n={ $n }){ $keyed } — { $action }
gaps-step-statement-no-action = { $driver } ({ $score }): “{ $statement }” scores { $item } (n={ $n }){ $keyed } — ask the teams what stands in the way.
gaps-reverse-keyed = {", "}reverse-keyed
gaps-step-none = No driver has answers yet: managers answer the gap 1, 2 and 4 drivers, front-line staff the gap 3 and 4 drivers.
gaps-step-staff = Ask front-line staff too: the delivery gap (gap 3) drivers are theirs to answer, and their estimates of customers' expectations give gaps 6 and 7.
gaps-step-combine = Combine with a customer survey: `cxassess report CUSTOMERS.yaml THIS-FILE.yaml` (a servqual results file and this one) draws the five-gap model with gap 1 (managers' estimates against customers' own expectations) and gap 5.
gaps-step-diagnostics = Read the driver scores as diagnostics to discuss with the teams, not as validated measurements.

gaps-method-reverse = Driver items marked reverse-keyed are scored 8 − x (min + max − x) first; constructs shown under a healthy name (flat structure, role harmony, role clarity, promise discipline) are not reversed again — their items already are.
gaps-method-construct = Construct score = mean of a respondent's answered items (1–7), then the mean over respondents; higher = healthier, i.e. a smaller gap.
gaps-method-gap = Gap score (gaps 1–4) = mean of its constructs' scores; a construct nobody answered is left out and the count is shown.
gaps-method-alpha = Cronbach's α per construct over its reverse-coded items, listwise; negative α is shown with !, undefined as n/a, and not shown below { $min } complete cases (n < { $min }).
gaps-method-direct = Direct items per dimension (customer-defined standards, delivery to standard, promises matching delivery): mean agreement 1–7, higher = smaller gap.
gaps-method-estimates = Estimates of customers' expectations: role staff counts as staff; role manager and respondents without a role count as managers; other roles' estimates are not used. Gap 7 = mean staff estimate − mean manager estimate per item; a dimension's gap is the mean of its items' gaps, the mean absolute error the mean of |gap|.
gaps-method-statements = What to do next lists, for each driver below the midpoint ({ $mid }), its statements below the midpoint, weakest first (at most { $per } per driver), with the improvement action the questionnaire gives for each; a statement's score is its mean after reverse-coding.
gaps-method-diagnostics = These driver scores are diagnostics to start a conversation, not validated psychometric scales.
gaps-summary-title = Driver scores (1–7, higher = healthier):
