-- The scheduler reads, and the pruner deletes, delivery rows by local date.
CREATE INDEX tip_delivery_local_date ON tip_delivery (local_date);
