"""Reports out: overdue, follow-up, agenda, calendar, scorecard and briefing, with their writers."""
