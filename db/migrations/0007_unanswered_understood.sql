ALTER TABLE `unanswered` ADD `asked` text;--> statement-breakpoint
ALTER TABLE `unanswered` ADD `entity` text;--> statement-breakpoint
ALTER TABLE `unanswered` ADD `measure` text;