ALTER TABLE `sources` ADD `publisher_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `publisher_kk` text DEFAULT '' NOT NULL;