-- Runs once, when the postgres container initialises an empty data volume
-- (/docker-entrypoint-initdb.d). One database per service: each service owns its data.
CREATE DATABASE matching;
CREATE DATABASE employers;
CREATE DATABASE training;
