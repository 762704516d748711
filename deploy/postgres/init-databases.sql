-- One database per service: services never share tables.
CREATE DATABASE gateway;
CREATE DATABASE tickets;
CREATE DATABASE monitor;
