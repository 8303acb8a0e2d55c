## The report of an instrument without a dedicated model.

generic-group = group
generic-score = score
generic-method-score = Group score = mean position on the answer scale, 0 (lowest point) to 100 (highest point); reverse-keyed items are turned round first.
