-- The committee that signs this workspace's forms (PPK or KPU Kab/Kota members), in printed order.
CREATE TABLE committee_member (
  position INT NOT NULL PRIMARY KEY,
  role VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL
);
